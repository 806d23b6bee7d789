// House rules: domain code under src/lib is plain TypeScript that runs in Node (only Svelte files,
// `.svelte.ts` state modules and the ui/ folder may import Svelte, SvelteKit's $app or Chart.js),
// and every import in src/ follows the layer order of ./layers.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, type ImportEdge } from './layers';

const srcDir = join(import.meta.dirname, '../../src');
const libDir = join(srcDir, 'lib');
// A type-only import of Chart.js's config types is erased at build time: pure chart configs may
// use it to be checked against the library's types without depending on it at run time.
const forbidden = /^(?!import type [^;]*chart\.js).*(?:from\s+|import\s*\(\s*|import\s+)['"](svelte(?:\/[^'"]*)?|\$app\/[^'"]*|chart\.js(?:\/[^'"]*)?|[^'"]+\.svelte)['"]/gm;

function domainFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'ui' ? [] : domainFiles(path);
		const isDomain = /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.svelte.ts') && !entry.name.endsWith('.svelte.js');
		return isDomain ? [path] : [];
	});
}

describe('domain modules', () => {
	const files = domainFiles(libDir);

	it('are found', () => expect(files.length).toBeGreaterThan(10));

	it('import no Svelte, SvelteKit $app or Chart.js', () => {
		const leaks = files.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(forbidden)].map((m) => `${relative(libDir, file)}: ${m[1]}`)
		);
		expect(leaks).toEqual([]);
	});

	it('leave IndexedDB to storage/', () => {
		const outside = files.filter((file) => !relative(libDir, file).startsWith('storage/') && !file.endsWith('.spec.ts'));
		const touching = outside.filter((file) => /from ['"]idb['"]|\bindexedDB\b|\bdb\.(get|getAll|put|add|delete|transaction|getFromIndex|getAllFromIndex)\(/.test(readFileSync(file, 'utf8')));
		expect(touching.map((file) => relative(libDir, file))).toEqual([]);
	});

	// The command-line tools (batch scorer, exports) run domain code with tsx, which knows no SvelteKit alias.
	it('import each other by relative path, never through $lib', () => {
		const aliased = files.filter((file) => /(?:from\s+|import\s*\(\s*)['"]\$lib/.test(readFileSync(file, 'utf8')));
		expect(aliased.map((file) => relative(libDir, file))).toEqual([]);
	});

	it('the rule catches a leak', () => {
		const sample = "import { onMount } from 'svelte';\nimport { goto } from '$app/navigation';\nimport X from './X.svelte';\nimport { Chart } from 'chart.js';\nimport type { ChartConfiguration } from 'chart.js';";
		expect([...sample.matchAll(forbidden)].map((m) => m[1])).toEqual(['svelte', '$app/navigation', './X.svelte', 'chart.js']);
	});
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('the layer order', () => {
	const edges = sourceFiles(srcDir)
		.filter((file) => relative(srcDir, file).includes('/'))
		.flatMap((file) => importsOf(relative(srcDir, file), readFileSync(file, 'utf8')));

	it('sees the imports of every layer', () => {
		const fromLayers = new Set(edges.map((edge) => edge.from.split('/').slice(0, 2).join('/')));
		for (const layer of ['lib/model', 'lib/storage', 'lib/tasks', 'lib/scoring', 'lib/session', 'routes/run']) expect(fromLayers).toContain(layer);
	});

	it('is kept by every import in src/', () => {
		expect(layerViolations(edges)).toEqual([]);
	});
});

describe('routes/', () => {
	// Pages are thin views: logic a page needs lives in a layer of src/lib, where it is unit-tested.
	it('hold pages and components only, plus SvelteKit route files', () => {
		const routesDir = join(srcDir, 'routes');
		const logic = sourceFiles(routesDir).filter((file) => !file.endsWith('.svelte') && !/\/\+(page|layout)\.ts$/.test(file));
		expect(logic.map((file) => relative(srcDir, file))).toEqual([]);
	});
});

describe('the layer rule itself', () => {
	const edge = (from: string, to: string): ImportEdge => ({ from, to });

	it('lets a layer import itself and the layers below it', () => {
		const fine = [
			edge('lib/tasks/stroop/protocol.ts', 'lib/tasks/shared/random'),
			edge('lib/storage/repos/study-repo.ts', 'lib/study/visit-plan'),
			edge('lib/session/stroop/runner.ts', 'lib/timing/onset'),
			edge('lib/scoring/covariates.ts', 'lib/model/records'),
			edge('routes/run/+page.svelte', 'lib/session/participant-mode')
		];
		expect(layerViolations(fine)).toEqual([]);
	});

	it('fails an import that runs back up', () => {
		const graph = [
			edge('lib/model/records.ts', 'lib/storage/db'),
			edge('lib/timing/pointer-capture.ts', 'lib/tasks/shared/geometry'),
			edge('lib/tasks/stroop/View.svelte', 'lib/session/stroop/runner'),
			edge('lib/scoring/local-norm-options.ts', 'routes/norms/norm-display')
		];
		expect(layerViolations(graph)).toEqual([
			'lib/model/records.ts → lib/storage/db (model may not import storage)',
			'lib/timing/pointer-capture.ts → lib/tasks/shared/geometry (timing may not import tasks)',
			'lib/tasks/stroop/View.svelte → lib/session/stroop/runner (tasks may not import session)',
			'lib/scoring/local-norm-options.ts → routes/norms/norm-display (scoring may not import routes)'
		]);
	});

	it('keeps layers of the same rank apart', () => {
		expect(layerViolations([edge('lib/study/visit-plan.ts', 'lib/timing/onset')])).toEqual([
			'lib/study/visit-plan.ts → lib/timing/onset (study may not import timing)'
		]);
	});

	it('keeps pure layers off the database although storage is below them', () => {
		expect(layerViolations([edge('lib/scoring/score-run.ts', 'lib/storage/db'), edge('lib/tasks/phes/replay.ts', 'lib/storage/repos/trial-repo')])).toEqual([
			'lib/scoring/score-run.ts → lib/storage/db (scoring is pure: no database)',
			'lib/tasks/phes/replay.ts → lib/storage/repos/trial-repo (tasks is pure: no database)'
		]);
	});

	it('fails a file outside every layer', () => {
		expect(layerViolations([edge('lib/helpers.ts', 'lib/model/ids')])).toEqual(['lib/helpers.ts → lib/model/ids (lib/helpers.ts is in no layer)']);
	});

	it('reads every kind of import from a file', () => {
		const text = [
			"import type { CellValue } from '../../model/records';",
			"import { startProtocol,\n\tstroopProtocolConfig } from './protocol';",
			"export { phesBattery } from '../phes/battery';",
			"const view = await import('./View.svelte');",
			"import { onMount } from 'svelte';",
			'\timport { appDatabase } from "$lib/state/app-database.svelte";'
		].join('\n');
		expect(importsOf('lib/tasks/stroop/runner.ts', text).map((e) => e.to)).toEqual([
			'lib/model/records',
			'lib/tasks/stroop/protocol',
			'lib/tasks/phes/battery',
			'lib/tasks/stroop/View.svelte',
			'lib/state/app-database.svelte'
		]);
	});
});
