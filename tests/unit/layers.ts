// The layers of src/, bottom to top, written down once. A file may import its own layer and the
// layers of a lower rank only; layers of the same rank (timing and study, say) do not know each
// other. Why this order:
// - model: what a record is. Everything stores or reads records, so the model depends on nothing.
// - i18n: the examiner's words in English and Bahasa Indonesia (compiled messages), usable anywhere.
// - timing, study: the clock and the study's rules (dates, plans, validation), each over the model.
// - serving: how the built app is served (security policy, worker headers, page reloads), pure,
//   over timing's isolation headers; nothing but the service worker and the update prompt use it.
// - storage: the only code that touches IndexedDB; it plans visits with study's rules.
// - tasks: each task's protocol, forms and views, pure, so a protocol is tested without a browser.
// - scoring: raw values to norm-referenced scores, pure, so the batch scorer runs the same code.
// - session: orchestration: start/resume, runners, participant mode, scoring on completion.
// - review, export: what examiners and researchers get out of stored sessions; export is pure (it
//   builds files from a data set), so the command line runs the same code on bundles.
// - state, ui: shared Svelte state and components; routes: the pages, thin views over the above.
// Moving a file up or down is a design decision: change this list and the README's tree together.
import { dirname, join, normalize, relative } from 'node:path';

export const layerRanks: Readonly<Record<string, number>> = {
	model: 0,
	i18n: 0,
	timing: 1,
	study: 1,
	serving: 2,
	storage: 2,
	tasks: 3,
	scoring: 4,
	session: 5,
	review: 6,
	export: 6,
	state: 7,
	ui: 7,
	routes: 8
};

/** Pure layers compute and never reach the database, whatever their rank. */
export const pureLayers: readonly string[] = ['model', 'i18n', 'timing', 'study', 'serving', 'tasks', 'scoring', 'export'];

/** One import: the importing file and the file it resolves to, both relative to `src/`. */
export interface ImportEdge {
	from: string;
	to: string;
}

/** The layer of a file under src/: `lib/<layer>/…` or `routes/…`; null when it is in none. */
export function layerOf(srcPath: string): string | null {
	const [top, second] = srcPath.split('/');
	if (top === 'routes') return 'routes';
	if (top === 'lib' && second && srcPath.split('/').length > 2 && second in layerRanks) return second;
	return null;
}

/** Every import that runs against the order, as `from → to (why)`. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
	return edges.flatMap(({ from, to }) => {
		const source = layerOf(from);
		const target = layerOf(to);
		if (source === null) return [`${from} → ${to} (${from} is in no layer)`];
		if (target === null) return [`${from} → ${to} (${to} is in no layer)`];
		if (source === target) return [];
		if (layerRanks[target]! >= layerRanks[source]!) return [`${from} → ${to} (${source} may not import ${target})`];
		if (pureLayers.includes(source) && target === 'storage') return [`${from} → ${to} (${source} is pure: no database)`];
		return [];
	});
}

const specifiers = /(?:^|[\s;{}])(?:import|export)\s*(?:type\s+)?(?:[^'";]*?\s+from\s*)?\(?\s*['"]([^'"]+)['"]/g;

/** The in-project imports of one file's text, resolved to paths under src/ (no extension added). */
export function importsOf(srcPath: string, text: string): ImportEdge[] {
	return [...text.matchAll(specifiers)].flatMap(([, spec]) => {
		if (!spec) return [];
		let target: string;
		if (spec === '$lib' || spec.startsWith('$lib/')) target = join('lib', spec.slice('$lib/'.length));
		else if (spec.startsWith('.')) target = normalize(join(dirname(srcPath), spec));
		else return []; // a package
		if (spec.endsWith('.css')) return []; // a style sheet is no code dependency
		return [{ from: srcPath, to: relative('.', target) }];
	});
}
