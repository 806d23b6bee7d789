// design.md "Layers": scoring is pure and imports only itself and the layers below it (model,
// timing, study, tasks) — no database, no session, no routes, no `$lib` alias (the batch scorer
// runs it with tsx, which does not know SvelteKit's aliases).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const libDir = join(import.meta.dirname, '../../src/lib');
const scoringDir = join(libDir, 'scoring');
const below = new Set(['model', 'timing', 'study', 'tasks', 'scoring']);
const importPath = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(path);
		return /\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Where an import leads that is not allowed from scoring; null when it is. */
function backImport(file: string, path: string): string | null {
	if (path.startsWith('$')) return path;
	if (!path.startsWith('.')) return null; // a package
	const target = relative(libDir, resolve(dirname(file), path));
	const layer = target.split(/[\\/]/)[0]!;
	return target.startsWith('..') || !below.has(layer) ? target : null;
}

describe('scoring/', () => {
	const files = tsFiles(scoringDir);

	it('imports only model, timing, study, tasks and itself', () => {
		const leaks = files.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(importPath)].flatMap((m) => {
				const target = backImport(file, m[1]!);
				return target === null ? [] : [`${relative(libDir, file)} → ${target}`];
			})
		);
		expect(files.length).toBeGreaterThan(10);
		expect(leaks).toEqual([]);
	});

	it('the rule catches a back-import', () => {
		const file = join(scoringDir, 'x.ts');
		expect(['../storage/db', '../session/scoring/x', '../../routes/norms/y', '$lib/model/records', './norm-set', '../model/records', 'zod'].map((p) => backImport(file, p))).toEqual([
			'storage/db',
			'session/scoring/x',
			'../routes/norms/y',
			'$lib/model/records',
			null,
			null,
			null
		]);
	});
});
