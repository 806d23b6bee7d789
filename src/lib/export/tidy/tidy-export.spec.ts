import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { plainNumberPattern } from '../../scoring/csv-cell';
import { storedSamples } from '../../tasks/phes/replay';
import { taskDefinitions } from '../../tasks/registry';
import { trialFlagDescriptions } from '../../timing/trial-flags';
import { parseCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import { bytesOf, type ExportFile } from '../files';
import { codebookMismatches, fileText, readBackProblems } from './fixtures/csv-checks';
import { smallStudy } from './fixtures/small-study';
import { tidyExportSchemaVersion } from './manifest';
import { buildTidyExport, tidyTables } from './tidy-export';

const options: ExportOptions = {
	app: { version: '0.1.0', commit: 'abc1234' },
	exportedAt: '2026-11-04T10:00:00.000+07:00',
	exportId: 'export-1',
	filter: { sites: ['+1'] }
};

const text = fileText;
const table = (files: ExportFile[], path: string) => {
	const { header, rows } = parseCsv(text(files, path));
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

describe('tidy export', () => {
	it('writes the eight tables, the codebook as CSV and JSON, and the manifest', async () => {
		const files = await buildTidyExport(smallStudy(), options);
		expect(files.map((f) => f.path)).toEqual([
			'participants.csv',
			'visits.csv',
			'sessions.csv',
			'task_runs.csv',
			'trials.csv',
			'pointer_samples.csv',
			'scores.csv',
			'events.csv',
			'codebook.csv',
			'codebook.json',
			'manifest.json'
		]);
	});

	it.each([false, true])('every CSV parses back to the values the records hold, under the codebook’s header (BOM %s)', async (bom) => {
		const files = await buildTidyExport(smallStudy(), { ...options, bom });
		for (const file of files.filter((f) => f.path.endsWith('.csv'))) expect(text(files, file.path).startsWith('\uFEFF'), file.path).toBe(bom);
		expect(readBackProblems(files, tidyTables(smallStudy()))).toEqual([]);
		expect(codebookMismatches(files)).toEqual([]);
	});

	it('gives every column of the codebook a snake_case name, a type and a description', async () => {
		const codebook = table(await buildTidyExport(smallStudy(), options), 'codebook.csv');
		for (const entry of codebook) {
			expect(entry.type, entry.column).not.toBe('');
			expect(entry.description, entry.column).not.toBe('');
			expect(entry.column).toMatch(/^[a-z][a-z0-9_]*$/);
		}
	});

	it('neutralises formula text and writes numbers in plain "." notation, -5 included', async () => {
		const files = await buildTidyExport(smallStudy(), options);
		const sessions = table(files, 'sessions.csv');
		expect(sessions.map((s) => s.examiner)).toEqual([`'=HYPERLINK("http://example.org","x")`, 'Dr. A']);
		expect(sessions.map((s) => s.user_agent)).toEqual(["'@x", 'Chromium/140']);
		expect(sessions.map((s) => s.language)).toEqual(["'+cmd|' /C calc'!A0", '']);
		expect(table(files, 'task_runs.csv')[0]!.form_id).toBe("'-x");
		expect(table(files, 'trials.csv').map((t) => t.rt_ms)).toEqual(['-5', '99.5']);
		expect(table(files, 'scores.csv').find((s) => s.value_name === 'phes_total')!.value).toBe('-5');
		const codebook = table(files, 'codebook.csv');
		const numeric = codebook.filter((e) => e.type === 'number' || e.type === 'integer');
		expect(numeric.length).toBeGreaterThan(0);
		for (const { file, column } of numeric) {
			for (const row of table(files, file!)) if (row[column!] !== '') expect(row[column!], `${file} ${column}`).toMatch(plainNumberPattern);
		}
	});

	it('lists every file in the manifest with its row count, size and SHA-256', async () => {
		for (const bom of [false, true]) {
			const files = await buildTidyExport(smallStudy(), { ...options, bom });
			const manifest = JSON.parse(text(files, 'manifest.json'));
			const listed = files.filter((f) => f.path !== 'manifest.json');
			expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(listed.map((f) => f.path));
			for (const file of listed) {
				const entry = manifest.files.find((f: { path: string }) => f.path === file.path);
				// Node's own SHA-256, not the export's, so the check does not share the code it checks.
				expect(entry.sha256).toBe(createHash('sha256').update(bytesOf(file)).digest('hex'));
				expect(entry.bytes).toBe(bytesOf(file).length);
				expect(entry.rows).toBe(file.path.endsWith('.csv') ? parseCsv(text(files, file.path)).rows.length : null);
			}
		}
	});

	it('records build, schema version, filter, norm sets, installations, browsers, refresh rates, timing and interruptions', async () => {
		const manifest = JSON.parse(text(await buildTidyExport(smallStudy(), options), 'manifest.json'));
		expect(manifest).toMatchObject({
			export_schema_version: tidyExportSchemaVersion,
			export_id: 'export-1',
			exported_at: '2026-11-04T10:00:00.000+07:00',
			app: { version: '0.1.0', commit: 'abc1234' },
			filter: { sites: ['+1'] },
			studies: [{ id: 'study-1', name: 'Small study' }],
			norm_sets: [{ id: 'german-h2019', version: 1, checksum: 'abc123', scores: 1, current_scores: 1 }],
			refused_scores: 1,
			installation_ids: ['laptop-a', 'laptop-b'],
			interruptions: { events: 1, sessions: 1, by_type: { blur: 1 } }
		});
		expect(manifest.sessions.browsers).toEqual([
			{ value: '@x', sessions: 1 },
			{ value: 'Chromium/140', sessions: 1 }
		]);
		expect(manifest.sessions.refresh_rate_hz).toEqual({ sessions: 2, min: 60.001, median: 90.0025, max: 120.004 });
		expect(manifest.sessions.onset_methods.map((m: { value: string }) => m.value)).toEqual(['double-raf', 'element-timing']);
		expect(manifest.sessions.cross_origin_isolated).toEqual({ yes: 1, no: 1, not_recorded: 0 });
	});
});

describe('tidy files', () => {
	it('trials: one row per trial in seq order, the tasks’ trial columns, each declared flag as 0/1 and flags found in the data', async () => {
		const files = await buildTidyExport(smallStudy(), options);
		const trials = table(files, 'trials.csv');
		const header = parseCsv(text(files, 'trials.csv')).header;
		expect(trials.map((t) => [t.seq, t.task, t.participant_code, t.visit, t.correct])).toEqual([
			['0', 'stroop', 'JKT-001', 'Baseline', '0'],
			['1', 'stroop', 'JKT-001', 'Baseline', '1']
		]);
		for (const definition of Object.values(taskDefinitions)) for (const column of definition.trialColumns) expect(header).toContain(column.name);
		const flags = header.filter((h) => h.startsWith('flag_'));
		expect(flags).toEqual([...Object.keys(trialFlagDescriptions).map((f) => `flag_${f}`), 'flag_replayed']);
		expect(trials.map((t) => [t.flag_anticipation, t.flag_interrupted, t.flag_replayed])).toEqual([
			['0', '1', '1'],
			['1', '0', '0']
		]);
		expect(header).not.toContain('excluded');
		expect(header.slice(0, 13)).toEqual([
			'study_id',
			'site',
			'participant_id',
			'participant_code',
			'arm',
			'visit',
			'visit_id',
			'session_id',
			'task',
			'task_run_id',
			'trial_id',
			'installation_id',
			'seq'
		]);
	});

	it('codebook: a trial column tasks declare differently has one entry per declaration, naming its tasks', async () => {
		const codebook = table(await buildTidyExport(smallStudy(), options), 'codebook.csv').filter((e) => e.file === 'trials.csv');
		const index = codebook.filter((e) => e.column === 'index');
		const declaring = Object.values(taskDefinitions).filter((d) => d.trialColumns.some((c) => c.name === 'index'));
		expect(index.flatMap((e) => e.tasks!.split(' ')).sort()).toEqual(declaring.map((d) => d.id).sort());
		// Several entries, each a different declaration (not one entry naming every task).
		expect(index.length).toBeGreaterThan(1);
		expect(new Set(index.map((e) => e.description)).size).toBe(index.length);
		const ink = codebook.find((e) => e.column === 'ink')!;
		expect(ink).toMatchObject({ tasks: 'stroop', type: 'category' });
		expect(JSON.parse(ink.levels_json!)).toEqual({ red: 'red', green: 'green', blue: 'blue' });
		expect(codebook.find((e) => e.column === 'rt_ms' && e.tasks === 'stroop')).toMatchObject({ unit: 'ms', type: 'number' });
	});

	it('pointer samples: one row per stored sample, in time order, keyed by its task run only', async () => {
		const dataset = smallStudy();
		const files = await buildTidyExport(dataset, options);
		const samples = table(files, 'pointer_samples.csv');
		const stored = storedSamples(dataset.event, 'run-ncta');
		expect(stored).toHaveLength(3);
		expect(samples.map((s) => [s.task_run_id, s.sample_index, Number(s.t_ms), Number(s.x_units), Number(s.y_units), s.pointer_type, Number(s.pressure), s.phase])).toEqual(
			stored.map((s, i) => ['run-ncta', String(i), s.tMs, s.x, s.y, s.pointerType, s.pressure, s.phase])
		);
		expect(table(files, 'task_runs.csv').filter((r) => r.task_run_id === 'run-ncta')).toHaveLength(1);
	});

	it('events: every event but the pointer samples, in order, details as JSON', async () => {
		const events = table(await buildTidyExport(smallStudy(), options), 'events.csv');
		expect(events.map((e) => [e.event_id, e.type, e.task_run_id, e.trial_seq])).toEqual([
			['event-blur', 'blur', 'run-ncta', '0'],
			['event-focus', 'focus', 'run-ncta', '0'],
			['event-paused', 'paused', '', '']
		]);
		expect(JSON.parse(events[2]!.detail_json!)).toEqual({ reason: '=cmd' });
	});

	it('task runs: parameters as param_ columns, summary columns after, a clashing summary name prefixed', async () => {
		const runs = table(await buildTidyExport(smallStudy(), options), 'task_runs.csv');
		expect(runs.map((r) => r.task)).toEqual(['stroop', 'ncta', 'phes_digital']);
		const ncta = runs[1]!;
		expect([ncta.param_radius_units, ncta.param_input_mode, ncta.param_sheet_scale, ncta.param_run_length]).toEqual(['22', 'draw', '1.25', '']);
		expect([ncta.form_id, ncta.summary_form_id, ncta.time_s, ncta.errors]).toEqual(['ncta-1', 'ncta-1', '31.5', '1']);
		expect([runs[0]!.total_time_s, runs[0]!.off_completed, runs[0]!.trials]).toEqual(['175.75', '1', '2']);
	});

	it('scores: one row per stored value, current and superseded, a refusal as one row with its reason', async () => {
		const scores = table(await buildTidyExport(smallStudy(), options), 'scores.csv');
		expect(scores.map((s) => [s.score_id, s.current, s.value_name, s.value, s.raw_value_name, s.raw])).toEqual([
			['score-old', '0', '', '', '', ''],
			['score-new', '1', 'ncta_score', '0', 'ncta_s', '31.5'],
			['score-new', '1', 'phes_total', '-5', '', ''],
			['score-new', '1', 'phes_abnormal', '1', '', '']
		]);
		expect(scores[0]).toMatchObject({ refusal: 'Years of education are missing.', superseded_at: '2026-11-03T08:00:00.000+07:00', flag_missing_covariate: '1', norm_set_checksum: '' });
		expect([scores[1]!.threshold_m3_sd, scores[1]!.threshold_0_sd, scores[1]!.threshold_p3_sd]).toEqual(['20', '35', '50']);
		expect([scores[1]!.covariate_age_years, scores[1]!.covariate_sex, scores[1]!.flag_paper_norms_on_digital]).toEqual(['61', 'f', '1']);
	});

	it('keeps stored times as they were written, offset included', async () => {
		const dataset = smallStudy();
		const sessions = table(await buildTidyExport(dataset, options), 'sessions.csv');
		expect(sessions.map((s) => s.started_at)).toEqual(['2026-11-02T09:10:00.000+07:00', '2026-11-02T10:00:00.000+07:00']);
	});
});
