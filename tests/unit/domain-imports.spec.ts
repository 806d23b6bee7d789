// House rule: domain code under src/lib is plain TypeScript that runs in Node. Only Svelte files,
// `.svelte.ts` state modules and the ui/ folder may import Svelte, SvelteKit's $app or Chart.js.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const libDir = join(import.meta.dirname, '../../src/lib');
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

	it('the rule catches a leak', () => {
		const sample = "import { onMount } from 'svelte';\nimport { goto } from '$app/navigation';\nimport X from './X.svelte';\nimport { Chart } from 'chart.js';\nimport type { ChartConfiguration } from 'chart.js';";
		expect([...sample.matchAll(forbidden)].map((m) => m[1])).toEqual(['svelte', '$app/navigation', './X.svelte', 'chart.js']);
	});
});
