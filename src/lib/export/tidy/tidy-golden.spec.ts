// Golden files: the tidy export of the fixed golden data set, file by file. A change to any column,
// order, number format or checksum shows as a diff of src/lib/export/tidy/golden/; when the change is
// meant, `npx vitest run -u src/lib/export/tidy/tidy-golden.spec.ts` writes the files anew.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { bytesOf } from '../files';
import { goldenDataset } from '../fixtures/synthetic-study';
import { codebookMismatches, fileText, readBackProblems } from './fixtures/csv-checks';
import { buildTidyExport, tidyTables } from './tidy-export';

const options = { app: { version: '0.1.0', commit: 'golden' }, exportedAt: '2026-03-01T12:00:00.000+07:00', exportId: 'golden-export' };

describe('tidy export of the golden data set', async () => {
	const dataset = await goldenDataset();
	const files = await buildTidyExport(dataset, options);

	it.each(files.map((file) => [file.path]))('%s is the stored golden file', async (path) => {
		await expect(fileText(files, path)).toMatchFileSnapshot(`./golden/${path}`);
	});

	it('reads back to the records’ values, under the headers the codebook lists', () => {
		expect(readBackProblems(files, tidyTables(dataset))).toEqual([]);
		expect(codebookMismatches(files)).toEqual([]);
	});

	it('lists in the manifest each file’s true row count and SHA-256', () => {
		const manifest = JSON.parse(fileText(files, 'manifest.json'));
		for (const file of files.filter((f) => f.path !== 'manifest.json')) {
			const entry = manifest.files.find((f: { path: string }) => f.path === file.path);
			expect(entry.sha256, file.path).toBe(createHash('sha256').update(bytesOf(file)).digest('hex'));
			expect(entry.rows, file.path).toBe(file.path.endsWith('.csv') ? parseCsv(fileText(files, file.path)).rows.length : null);
		}
	});

	it('neutralises the paper PHES note that starts with a minus sign, and has rows in every table', () => {
		const runs = parseCsv(fileText(files, 'task_runs.csv'));
		const notes = runs.header.indexOf('notes');
		expect(runs.rows.map((row) => row[notes]).filter((note) => note !== '')).toEqual(["'-2 s: stopwatch started late on NCT-B"]);
		for (const file of files.filter((f) => f.path.endsWith('.csv'))) expect(parseCsv(fileText(files, file.path)).rows.length, file.path).toBeGreaterThan(0);
	});
});
