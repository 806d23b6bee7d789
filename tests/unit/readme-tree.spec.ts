// The README's "How it is built" tree is how a newcomer finds their way: it must name every folder
// of src/lib and nothing that does not exist.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How it is built'));
const tree = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));

/** Folder names the tree shows at the start of a line (`  model/`, `    stroop/ phes/`), with their indent. */
const named = tree.split('\n').flatMap((line) => {
	const match = /^(\s*)((?:[\w-]+\/\s)+)/.exec(line + ' ');
	return match ? match[2]!.trim().split(/\s+/).map((folder) => ({ indent: match[1]!.length, folder: folder.slice(0, -1) })) : [];
});

function folders(dir: string): string[] {
	return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).flatMap((name) => [name, ...folders(join(dir, name))]);
}

describe('the README tree', () => {
	it('names every layer folder of src/lib', () => {
		const layers = readdirSync(join(root, 'src/lib')).filter((name) => statSync(join(root, 'src/lib', name)).isDirectory());
		const topLevel = named.filter((n) => n.indent === 2).map((n) => n.folder);
		expect(topLevel.length).toBeGreaterThan(5);
		expect(layers.filter((layer) => !topLevel.includes(layer))).toEqual([]);
	});

	it('names no folder that does not exist', () => {
		const existing = new Set(['src', 'lib', 'routes', 'tests', 'unit', 'e2e', 'support', 'bench', ...folders(join(root, 'src')), ...folders(join(root, 'tests'))]);
		expect(named.filter((n) => !existing.has(n.folder)).map((n) => n.folder)).toEqual([]);
	});
});
