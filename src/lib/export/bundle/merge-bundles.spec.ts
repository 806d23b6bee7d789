import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset';
import { sortedDataset } from '../../model/dataset-merge';
import { goldenDataset } from '../fixtures/synthetic-study';
import { serializeBundle, studyFileOf } from './bundle';
import { mergeBundleFiles } from './merge-bundles';
import { testBundleMeta as meta } from '../fixtures/bundle-meta';

const file = (name: string, text: string) => ({ name, read: () => text });

let golden: Dataset;
let text: string;
beforeAll(async () => {
	golden = await goldenDataset();
	text = serializeBundle(golden, meta);
}, 60_000);

describe('mergeBundleFiles', () => {
	it('merges a study file and a bundle of the same study into the bundle’s records', async () => {
		const merged = await mergeBundleFiles([file('study.json', studyFileOf(golden, meta)), file('data.json', text), file('again.json', text)]);
		if (!merged.ok) throw new Error(merged.problems.join('\n'));
		expect(sortedDataset(merged.dataset)).toEqual(sortedDataset(golden));
		expect(merged).toMatchObject({ kind: 'data', unmerged: [] });
		expect(merged.files.map((f) => [f.name, f.kind])).toEqual([
			['study.json', 'study'],
			['data.json', 'data'],
			['again.json', 'data']
		]);
	});

	it('calls the result a study file only when every file was one', async () => {
		const merged = await mergeBundleFiles([file('a.json', studyFileOf(golden, meta)), file('b.json', studyFileOf(golden, meta))]);
		expect(merged).toMatchObject({ ok: true, kind: 'study' });
	});

	it('lists every file that cannot be read, and merges nothing', async () => {
		const merged = await mergeBundleFiles([
			file('good.json', text),
			file('cut.json', text.slice(0, 100)),
			{ name: 'gone.json', read: () => Promise.reject(new Error('ENOENT: no such file')) },
			file('empty.json', '')
		]);
		expect(merged).toEqual({
			ok: false,
			problems: [
				{ name: 'cut.json', message: expect.stringMatching(/^The file is not complete JSON/) },
				{ name: 'gone.json', message: 'cannot be read (ENOENT: no such file).' },
				{ name: 'empty.json', message: 'The file is empty.' }
			]
		});
		expect(await mergeBundleFiles([])).toEqual({ ok: false, problems: [{ name: '', message: 'No bundle files were given.' }] });
	});
});
