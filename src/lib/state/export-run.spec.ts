import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../storage/db';
import { importDataset, readDataset } from '../storage/repos/dataset-repo';
import { parseBundle } from '../export/bundle/bundle';
import { sortedDataset } from '../model/dataset-merge';
import { ensureStudy } from '../storage/repos/study-repo';
import { goldenDataset } from '../export/fixtures/synthetic-study';
import { buildTidyExport } from '../export/tidy/tidy-export';
import { bytesOf } from '../export/files';
import type { Dataset } from '../model/dataset';
import { nowIso } from '../model/ids';
import { buildExport, exportBaseName, formatBytes, type ExportRequest, type ExportStage } from './export-run';
import { withLocale } from '../i18n/with-locale';

const app = { version: '0.1.0', commit: 'abc123' };
const now = new Date('2026-11-03T03:04:05Z');
const exportId = '00000000-0000-4000-8000-000000000001';
let db: HepcogDb;
let golden: Dataset;

beforeEach(async () => {
	db = await openHepcogDb({}, 'export-run');
	await ensureStudy(db);
	golden = await goldenDataset();
	await importDataset(db, golden);
});
afterEach(() => db.close());

const request = (change: Partial<ExportRequest>): ExportRequest => ({ format: 'tidy', filter: {}, bom: false, redcapAsCsv: false, bundleFiltered: false, ...change });

async function run(change: Partial<ExportRequest>) {
	const stages: ExportStage[] = [];
	const built = await buildExport(db, request(change), { app, now, exportId, onStage: (stage) => stages.push(stage), pause: async () => {} });
	return { built, stages };
}

describe('building an export from the database', () => {
	it('names each stage in the UI language', async () => {
		// The stages are named when the build starts, so the language only has to hold until then.
		const stages = await withLocale('id', async () => (await run({ format: 'tidy' })).stages);
		expect(stages.map((s) => s.label)).toEqual(['Membaca basis data', 'Memilih rekaman yang lolos filter', 'Menyusun berkas CSV rapi (tidy)', 'Memasukkan berkas ke dalam satu zip']);
	});

	it('zips the tidy files the pure builder makes from the same data, announcing each stage', async () => {
		const { built, stages } = await run({ format: 'tidy' });
		expect(stages.map((s) => `${s.step}/${s.steps} ${s.label}`)).toEqual([
			'1/4 Reading the database',
			'2/4 Choosing the records the filters keep',
			'3/4 Building the tidy CSV files',
			'4/4 Putting the files into one zip'
		]);
		expect(built.downloads).toHaveLength(1);
		const [zip] = built.downloads;
		expect(zip!.fileName).toMatch(/-tidy\.zip$/);
		const unzipped = unzipSync(zip!.data as Uint8Array);
		const expected = await buildTidyExport(golden, { app, exportedAt: nowIso(now), exportId, bom: false, filter: {} });
		expect(Object.keys(unzipped).sort()).toEqual(expected.map((f) => f.path).sort());
		for (const file of expected) expect(strFromU8(unzipped[file.path]!)).toBe(strFromU8(bytesOf(file)));
		expect(built.contents.map((c) => c.path).sort()).toEqual(expected.map((f) => f.path).sort());
		expect(built.contents.every((c) => c.bytes === unzipped[c.path]!.length)).toBe(true);
		expect(built.covers).toEqual({ participants: golden.participant.length, visits: golden.visit.length, sessions: golden.session.length });
	});

	it('cuts the data set with the filter', async () => {
		const participant = golden.participant[0]!;
		const { built } = await run({ format: 'tidy', filter: { participantIds: [participant.id] } });
		expect(built.covers.participants).toBe(1);
		expect(built.covers.sessions).toBe(golden.session.filter((s) => s.participantId === participant.id).length);
	});

	it('gives the REDCap import and dictionary as two CSV files when asked, with a BOM on request', async () => {
		const { built, stages } = await run({ format: 'redcap', redcapAsCsv: true, bom: true });
		expect(stages).toHaveLength(3);
		expect(built.downloads.map((d) => d.fileName.replace(/^.*?-\d{4}-\d\d-\d\dT\d\d-\d\d-/, ''))).toEqual(['redcap_import.csv', 'redcap_data_dictionary.csv']);
		// UTF-8 of U+FEFF: EF BB BF.
		const starts = built.downloads.map((d) => [d.type, ...bytesOf({ path: '', data: d.data }).slice(0, 3)]);
		expect(starts).toEqual([
			['text/csv', 0xef, 0xbb, 0xbf],
			['text/csv', 0xef, 0xbb, 0xbf]
		]);
	});

	it('writes the whole study as a JSON bundle unless the filter is asked for', async () => {
		const participant = golden.participant[0]!;
		const { built, stages } = await run({ format: 'bundle', filter: { participantIds: [participant.id] } });
		expect(stages.map((s) => s.label)).toEqual(['Reading the database', 'Writing the JSON bundle']);
		const [file] = built.downloads;
		expect(file!.fileName).toMatch(/-laptop-[0-9a-f]{8}-bundle\.json$/);
		const parsed = parseBundle(file!.data as string);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(sortedDataset(parsed.bundle.records)).toEqual(sortedDataset(await readDataset(db)));

		const filtered = await run({ format: 'bundle', bundleFiltered: true, filter: { participantIds: [participant.id] } });
		expect(filtered.stages).toHaveLength(3);
		const cut = parseBundle(filtered.built.downloads[0]!.data as string);
		expect(cut.ok && cut.bundle.records.participant.map((p) => p.id)).toEqual([participant.id]);
		// Only the whole-study bundle counts as a backup for the reminder.
		expect(built.fullBackupOfMs).toBe(now.getTime());
		expect(filtered.built.fullBackupOfMs).toBeNull();
	});

	it('zips BIDS', async () => {
		const { built } = await run({ format: 'bids' });
		const files = Object.keys(unzipSync(built.downloads[0]!.data as Uint8Array));
		expect(files).toContain('dataset_description.json');
		expect(files.some((path) => /^sub-[^/]+\/ses-[^/]+\/beh\/.*_events\.tsv$/.test(path))).toBe(true);
	});
});

describe('names and sizes', () => {
	it('names a file after the study and the local time', () => {
		const dataset = { ...golden, study: [{ ...golden.study[0]!, name: 'Secretome MHE trial (Jakarta)' }] };
		expect(exportBaseName(dataset, '2026-11-03T10:04:05.000+07:00')).toBe('secretome-mhe-trial-jakarta-2026-11-03T10-04');
	});

	it('prints sizes with a dot and a unit', () => {
		expect([formatBytes(830), formatBytes(1_500), formatBytes(12_345), formatBytes(2_500_000)]).toEqual(['830 B', '1.5 kB', '12 kB', '2.5 MB']);
	});

	it('writes sizes with a decimal comma in Indonesian', () => {
		expect([formatBytes(1_500, 'id'), formatBytes(2_500_000, 'id'), formatBytes(830, 'id')]).toEqual(['1,5 kB', '2,5 MB', '830 B']);
		expect(withLocale('id', () => formatBytes(1_500))).toBe('1,5 kB');
	});
});
