import { describe, expect, it } from 'vitest';
import { validateBids } from './bids-validator';
import { parseCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import type { ExportFile } from '../files';
import { goldenDataset, syntheticStudy } from '../fixtures/synthetic-study';
import { smallStudy } from '../redcap/small-study.fixture';
import { taskDefinitions } from '../../tasks/registry';
import { buildBidsExport } from './bids-export';
import { alphanumeric, uniqueLabels } from './bids-labels';
import { taskEvents } from './event-timing';

const options: ExportOptions = { app: { version: '0.1.0', commit: 'abcdef0' }, exportedAt: '2027-03-01T12:00:00.000+07:00', exportId: '00000000-0000-4000-8000-000000000001' };

const text = (files: readonly ExportFile[], path: string) => {
	const file = files.find((f) => f.path === path);
	if (!file) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
	return String(file.data);
};
const table = (files: readonly ExportFile[], path: string) => parseCsv(text(files, path), '\t');

const baseline = 'sub-JKT001/ses-baseline';
const month3 = 'sub-JKT001/ses-month3';

describe('BIDS export', () => {
	// The only warning: the study names no authors (dataset_description.json has no Authors).
	it.each([
		['the golden data set', goldenDataset],
		['a synthetic study of 6 participants × 2 visits on 2 laptops', () => syntheticStudy({ participants: 6, visits: 2, installations: 2, seed: 7 })],
		['the hand-made study with a resumed run and a paper PHES', async () => smallStudy()]
	])('of %s passes bids-validator with no errors', async (_, dataset) => {
		const { errors, warnings } = await validateBids(await buildBidsExport(await dataset(), options));
		expect(errors).toEqual([]);
		expect(warnings.map((w) => w.key)).toEqual(['NO_AUTHORS']);
	}, 60_000);

	it('fails bids-validator when the dataset description is missing or an events file has no onset column', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const broken = files
			.filter((f) => f.path !== 'dataset_description.json')
			.map((f) => (f.path.endsWith('_task-phesdst_events.tsv') ? { ...f, data: String(f.data).replace(/^onset\t/, 'start\t') } : f));
		const { errors } = await validateBids(broken);
		expect(errors.map((e) => e.key).sort()).toEqual(['DATASET_DESCRIPTION_JSON_MISSING', 'EVENTS_COLUMN_ONSET']);
		expect(errors.find((e) => e.key === 'EVENTS_COLUMN_ONSET')!.files[0]).toContain('task-phesdst_events.tsv');
	}, 60_000);

	it('writes a Stroop events file and its sidecar as in the golden files', async () => {
		const files = await buildBidsExport(await goldenDataset(), options);
		await expect(text(files, `${baseline}/beh/sub-JKT001_ses-baseline_task-stroop_events.tsv`)).toMatchFileSnapshot('golden/sub-JKT001_ses-baseline_task-stroop_events.tsv');
		await expect(text(files, `${baseline}/beh/sub-JKT001_ses-baseline_task-stroop_events.json`)).toMatchFileSnapshot('golden/sub-JKT001_ses-baseline_task-stroop_events.json');
	});

	it('names the dataset, its version and the build that exported it', async () => {
		const description = JSON.parse(text(await buildBidsExport(smallStudy(), options), 'dataset_description.json'));
		expect(description).toMatchObject({ Name: 'Secretome MHE trial', BIDSVersion: '1.10.0', DatasetType: 'raw', GeneratedBy: [{ Name: 'hepcog', Version: '0.1.0' }] });
		expect(description.GeneratedBy[0].Description).toContain('abcdef0');
	});

	it('lists only participants with trials, describing every column', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const { header, rows } = table(files, 'participants.tsv');
		expect(rows).toEqual([['sub-JKT001', 'JKT-001', '61', 'F', 'R', '9', 'Secretome', 'Jakarta Timur']]);
		expect(header).toEqual(['participant_id', 'code', 'age', 'sex', 'handedness', 'education_years', 'arm', 'site']);
		const sidecar = JSON.parse(text(files, 'participants.json'));
		expect(Object.keys(sidecar)).toEqual(header);
		expect(sidecar.handedness.Levels).toEqual({ R: 'right', L: 'left', A: 'ambidextrous' });
		// DPS-002 gave only a paper PHES: no trials, so no folder.
		expect(files.some((f) => f.path.startsWith('sub-DPS002'))).toBe(false);
	});

	it('writes one events file per task run with trials, each column described by its sidecar', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const events = files.filter((f) => f.path.endsWith('_events.tsv'));
		expect(events.map((f) => f.path.replace(/^.*_task-/, ''))).toEqual([
			'stroop_events.tsv',
			'phesncta_events.tsv',
			'phesnctb_events.tsv',
			'phesdst_events.tsv',
			'phessdt_events.tsv',
			'phesltt_events.tsv',
			'stroop_run-1_events.tsv',
			'stroop_run-2_events.tsv',
			'stroop_run-3_events.tsv',
			'phesncta_events.tsv'
		]);
		for (const file of events) {
			const { header, rows } = table(files, file.path);
			const sidecar = JSON.parse(text(files, file.path.replace(/\.tsv$/, '.json')));
			expect(header.slice(0, 4)).toEqual(['onset', 'duration', 'response_time', 'trial_type']);
			expect(Object.keys(sidecar).filter((k) => k !== 'StimulusPresentation')).toEqual(header);
			for (const row of rows) {
				expect(row[0], file.path).toMatch(/^\d+\.\d{6}$/);
				expect(row[1], file.path).toMatch(/^(\d+\.\d{6}|n\/a)$/);
				expect(row).not.toContain('');
			}
		}
	});

	it('puts the task’s declared trial columns after the BIDS columns, with their units and levels', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const path = `${baseline}/beh/sub-JKT001_ses-baseline_task-phesdst_events`;
		expect(table(files, `${path}.tsv`).header.slice(4, -1)).toEqual(taskDefinitions.dst!.trialColumns.map((c) => c.name));
		const sidecar = JSON.parse(text(files, `${path}.json`));
		expect(sidecar.rt_ms.Units).toBe('ms');
		expect(sidecar.correct.Levels).toEqual({ '0': 'no', '1': 'yes' });
		expect(Object.keys(sidecar.expected_glyph.Levels).length).toBeGreaterThan(1);
		expect(sidecar.StimulusPresentation).toEqual({ SoftwareName: 'hepcog', OperatingSystem: 'X11; Linux x86_64', SoftwareVersion: '0.1.0+1a2b3c4', ScreenRefreshRate: 60.002 });
	});

	it('times each subtest from its first pointer sample, by the trial’s own timing columns', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const rows = (task: string) => table(files, `${baseline}/beh/sub-JKT001_ses-baseline_task-${task}_events.tsv`).rows.map((r) => r.slice(0, 4));
		// First sample at 200100.5 ms; circles reached at 200500.25 and 201700.5 ms.
		expect(rows('phesncta')).toEqual([
			['0.399750', '0.000000', 'n/a', 'target'],
			['1.600000', '0.000000', '1.200250', 'target']
		]);
		// An item appears on the previous response: t_ms − rt_ms.
		expect(rows('phesdst')).toEqual([
			['0.000000', '1.900500', '1.900500', 'test'],
			['1.900500', '2.100000', '2.100000', 'test']
		]);
		// An excursion still outside when the test ended has no duration.
		expect(rows('phesltt')).toEqual([
			['0.400000', '0.512500', 'n/a', 'excursion'],
			['89.000000', 'n/a', 'n/a', 'excursion']
		]);
	});

	it('splits a Stroop run resumed after a reload into one run per page load, each from its own onset 0', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		const onsets = (run: number) => table(files, `${month3}/beh/sub-JKT001_ses-month3_task-stroop_run-${run}_events.tsv`).rows.map((r) => r[0]);
		expect(onsets(1)).toEqual(['0.000000', '0.800000']);
		expect(onsets(2)).toEqual(['0.000000', '0.820000']);
		const scans = table(files, `${month3}/sub-JKT001_ses-month3_scans.tsv`);
		expect(scans.rows.map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
			['beh/sub-JKT001_ses-month3_task-stroop_run-1_events.tsv', '2027-02-01T10:00:00', 'r-stroop-m3a', '1'],
			['beh/sub-JKT001_ses-month3_task-stroop_run-2_events.tsv', '2027-02-01T10:12:30', 'r-stroop-m3a', '2'],
			['beh/sub-JKT001_ses-month3_task-stroop_run-3_events.tsv', '2027-02-01T10:40:00', 'r-stroop-m3b', '1'],
			['beh/sub-JKT001_ses-month3_task-phesncta_events.tsv', '2027-02-01T10:51:00', 'r-ncta-m3', '1']
		]);
	});

	it('lists each participant’s sessions with the local time and offset of their first run', async () => {
		const files = await buildBidsExport(smallStudy(), options);
		expect(table(files, 'sub-JKT001/sub-JKT001_sessions.tsv').rows).toEqual([
			['ses-baseline', '2026-11-02T09:05:00', '420', 'Baseline', '2026-11-02'],
			['ses-month3', '2027-02-01T10:00:00', '420', 'Month 3', 'n/a']
		]);
	});

	it('says in the README what each task is and what participants were told', async () => {
		const readme = text(await buildBidsExport(smallStudy(), options), 'README');
		expect(readme).toContain('task-stroop: Stroop (EncephalApp-style)');
		expect(readme).toContain('Instructions (id): Di layar akan muncul tanda ####');
		expect(readme).toContain('task-phesltt: PHES line tracing test (digital)');
	});
});

describe('BIDS timing declarations', () => {
	it('cover every task with trials, with distinct alphanumeric task labels', () => {
		const withTrials = Object.values(taskDefinitions).filter((d) => d.trialColumns.length > 0).map((d) => d.id);
		expect(Object.keys(taskEvents).sort()).toEqual(withTrials.sort());
		const labels = Object.values(taskEvents).map((t) => t!.label);
		expect(new Set(labels).size).toBe(labels.length);
		for (const label of labels) expect(label).toMatch(/^[a-z0-9]+$/);
	});
});

describe('BIDS labels', () => {
	it('keep letters and digits only', () => {
		expect(alphanumeric('JKT-001')).toBe('JKT001');
		expect(alphanumeric('Month 3')).toBe('Month3');
		expect(alphanumeric('Bulan ké-3')).toBe('Bulanke3');
	});

	it('are unique even when two codes differ only by separators or case', () => {
		const labels = uniqueLabels(
			[
				{ key: 'a', text: 'JKT-001' },
				{ key: 'b', text: 'JKT_001' },
				{ key: 'c', text: 'jkt001' },
				{ key: 'd', text: 'JKT001n2' },
				{ key: 'e', text: '--' }
			],
			'participant'
		);
		expect([...labels.values()]).toEqual(['JKT001', 'JKT001n3', 'jkt001n4', 'JKT001n2', 'participant']);
	});
});
