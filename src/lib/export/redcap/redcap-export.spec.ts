import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import { buildRedcapExport, redcapImportHeader } from './redcap-export';
import { redcapDictionaryHeader } from './redcap-dictionary';
import { completeField, redcapFields, redcapForms, redcapSystemColumns } from './redcap-fields';
import { redcapDataAccessGroup, redcapEventName, redcapFieldNameMaxLength, redcapNameFrom, redcapNamePattern } from './redcap-names';
import { goldenDataset } from '../fixtures/synthetic-study';
import { smallStudy, smallStudyRecord } from './small-study.fixture';
import { visitResults } from './visit-results';

const options: ExportOptions = { app: { version: '0.1.0', commit: 'abcdef0' }, exportedAt: '2027-03-01T12:00:00.000+07:00', exportId: '00000000-0000-4000-8000-000000000001' };

async function exported(change: Partial<ExportOptions> = {}) {
	const files = await buildRedcapExport(smallStudy(), { ...options, ...change });
	const text = (path: string) => String(files.find((f) => f.path === path)?.data);
	return { files, importCsv: text('redcap_import.csv'), dictionaryCsv: text('redcap_data_dictionary.csv') };
}

/** The import file as one object per row, keyed by column. */
async function importRows() {
	const { header, rows } = parseCsv((await exported()).importCsv);
	return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
}

describe('REDCap export files', () => {
	it('are the import CSV and the data dictionary, as in the golden files', async () => {
		const files = await buildRedcapExport(await goldenDataset(), options);
		expect(files.map((f) => f.path)).toEqual(['redcap_import.csv', 'redcap_data_dictionary.csv']);
		await expect(String(files[0]!.data)).toMatchFileSnapshot('golden/redcap_import.csv');
		await expect(String(files[1]!.data)).toMatchFileSnapshot('golden/redcap_data_dictionary.csv');
	});

	it('parse back to the values of every field at every visit', async () => {
		const dataset = await goldenDataset();
		const study = dataset.study[0]!;
		const { header, rows } = parseCsv(String((await buildRedcapExport(dataset, options))[0]!.data));
		const results = visitResults(dataset, study);
		expect(rows.length).toBe(results.length);
		results.forEach((visit, i) => {
			const row = Object.fromEntries(header.map((column, j) => [column, rows[i]![j]]));
			expect(row.record_id).toBe(visit.participant.code);
			for (const field of redcapFields.slice(1)) {
				const result = visit.results[field.form];
				expect(row[field.name], field.name).toBe(result ? csvCell(field.value(result)) : '');
			}
		});
	});

	it('start with a byte order mark only when asked', async () => {
		expect((await exported()).importCsv.startsWith('record_id,')).toBe(true);
		const withBom = await exported({ bom: true });
		expect(withBom.importCsv.startsWith('\uFEFFrecord_id,')).toBe(true);
		expect(withBom.dictionaryCsv.startsWith('\uFEFFVariable / Field Name,')).toBe(true);
	});
});

describe('REDCap field names', () => {
	const names = redcapFields.map((f) => f.name);

	it('follow REDCap’s rules: lower-case letters, digits and underscores from a letter, at most 26 characters', () => {
		for (const name of [...names, ...redcapForms.map(completeField)]) {
			expect(name, name).toMatch(redcapNamePattern);
			expect(name.length, name).toBeLessThanOrEqual(redcapFieldNameMaxLength);
		}
	});

	it('are unique, with record_id first, and no field takes an instrument’s status name', () => {
		expect(new Set(names).size).toBe(names.length);
		expect(names[0]).toBe('record_id');
		expect(names.filter((n) => redcapForms.map(completeField).includes(n))).toEqual([]);
	});
});

describe('the data dictionary', () => {
	it('has REDCap’s header and one row per field, record_id first, parsing back to the declaration', async () => {
		const { header, rows } = parseCsv((await exported()).dictionaryCsv);
		expect(header).toEqual([...redcapDictionaryHeader]);
		expect(rows.map((r) => r[0])).toEqual(redcapFields.map((f) => f.name));
		rows.forEach((row, i) => {
			const field = redcapFields[i]!;
			expect(row.length).toBe(redcapDictionaryHeader.length);
			expect([row[1], row[3], row[4], row[6], row[7], row[8], row[9]]).toEqual([
				field.form,
				field.type,
				csvCell(field.label),
				field.note ?? '',
				field.validation ?? '',
				csvCell(field.min),
				csvCell(field.max)
			]);
		});
	});

	it('gives dropdowns REDCap’s `code, label | code, label` choices and validates numbers and dates', async () => {
		const { rows } = parseCsv((await exported()).dictionaryCsv);
		const row = (name: string) => rows.find((r) => r[0] === name)!;
		expect(row('phes_mode')[5]).toBe('digital, Digital (on the tablet or laptop) | paper, Paper and pencil, entered by the examiner');
		expect(row('stroop_language')[5]).toBe('en, English | id, Bahasa Indonesia');
		expect(row('phes_ncta_s').slice(6, 8)).toEqual(['seconds', 'number']);
		expect(row('phes_dst_count')[7]).toBe('integer');
		expect(row('phes_ncta_score').slice(7, 10)).toEqual(['integer', '-3', '1']);
		expect(row('phes_date')[7]).toBe('date_ymd');
		expect(row('stroop_off_completed')[3]).toBe('yesno');
		expect(rows.filter((r) => r[3] === 'yesno').every((r) => r[5] === '')).toBe(true);
	});
});

describe('the import file', () => {
	it('has record_id, the event and the group first, then each instrument’s fields and status', () => {
		const header = redcapImportHeader();
		expect(header.slice(0, 3)).toEqual(['record_id', 'redcap_event_name', 'redcap_data_access_group']);
		expect(header.indexOf('stroop_complete')).toBeLessThan(header.indexOf('phes_date'));
		expect(header.at(-1)).toBe('phes_complete');
	});

	it('has only columns the dictionary declares, REDCap’s own columns and the status of a declared instrument', async () => {
		const { header } = parseCsv((await exported()).importCsv);
		const dictionary = parseCsv((await exported()).dictionaryCsv).rows;
		const fields = new Set(dictionary.map((r) => r[0]));
		const forms = new Set(dictionary.map((r) => r[1]));
		const systemColumns: readonly string[] = redcapSystemColumns;
		for (const column of header) {
			const known = fields.has(column) || systemColumns.includes(column) || [...forms].some((form) => column === `${form}_complete`);
			expect(known, column).toBe(true);
		}
	});

	it('has one row per participant × visit with a session, the mapped or derived event and group', async () => {
		const rows = await importRows();
		expect(rows.map((r) => [r.record_id, r.redcap_event_name, r.redcap_data_access_group])).toEqual([
			['DPS-002', 'baseline_arm_1', 'denpasar'],
			['JKT-001', 'baseline_arm_1', 'jakarta'],
			['JKT-001', 'month_3_arm_1', 'jakarta']
		]);
	});

	it('reports the last complete Stroop of a visit and its current score', async () => {
		const [, baseline, month3] = await importRows();
		expect(month3).toMatchObject({ stroop_session_id: 's-stroop-m3b', stroop_examiner: 'Dr Made', stroop_total_time_s: '163.75', stroop_score_flags: 'outside_norm_range', stroop_complete: '2' });
		// The superseded score said abnormal; the current one does not.
		expect(baseline).toMatchObject({ stroop_abnormal: '0', stroop_total_time_abnormal: '0', stroop_norm_set_id: 'us-encephalapp-2015', stroop_norm_set_version: '1', stroop_language: 'id' });
	});

	it('gives the PHES values, band scores, total, verdict and mode of the run that counts', async () => {
		const [paper, digital] = await importRows();
		expect(digital).toMatchObject({ phes_mode: 'digital', phes_ncta_s: '31.2', phes_dst_count: '44', phes_ncta_score: '0', phes_sdt_score: '-2', phes_total: '-2', phes_abnormal: '0', phes_score_flags: 'paper_norms_on_digital', phes_complete: '2' });
		expect(digital!.phes_ltt_combined_score).toBe('');
		expect(paper).toMatchObject({ phes_mode: 'paper', phes_ltt_errors: '12', phes_date: '2026-11-19', phes_total: '', phes_complete: '2' });
		expect(paper!.phes_score_refusal).toMatch(/does not score people outside its sample/);
	});

	it('marks a test started but not completed 0 (incomplete) and leaves a test not given blank', async () => {
		const [paper, , month3] = await importRows();
		expect(month3).toMatchObject({ phes_session_id: 's-phes-m3', phes_date: '2027-02-01', phes_ncta_s: '', phes_total: '', phes_complete: '0' });
		const stroopColumns = Object.keys(paper!).filter((c) => c.startsWith('stroop_'));
		expect(stroopColumns.length).toBeGreaterThan(10);
		expect(stroopColumns.map((c) => paper![c])).toEqual(stroopColumns.map(() => ''));
	});

	it('refuses a data set without a study', async () => {
		await expect(buildRedcapExport({ ...smallStudy(), study: [] }, options)).rejects.toThrow(/no study/);
	});
});

describe('visit results', () => {
	it('leave out visits with no session', () => {
		expect(visitResults(smallStudy(), smallStudyRecord).map((r) => r.visit.id)).toEqual(['v-p2-base', 'v-p1-base', 'v-p1-m3']);
	});

	it('take the latest current score when two laptops each scored the run', () => {
		const dataset = smallStudy();
		const current = dataset.score.find((s) => s.id === 'sc-stroop-base')!;
		dataset.score.push({ ...current, id: 'sc-stroop-base-b', installationId: 'laptop-b', createdAt: '2026-11-04T08:00:00.000+07:00' });
		const baseline = visitResults(dataset, smallStudyRecord).find((r) => r.visit.id === 'v-p1-base')!;
		expect(baseline.results.stroop?.score?.id).toBe('sc-stroop-base-b');
	});
});

describe('REDCap names', () => {
	it('are derived from labels as REDCap generates them, first 18 characters', () => {
		expect(redcapNameFrom('Month 3')).toBe('month_3');
		expect(redcapNameFrom('Testing long name test1')).toBe('testing_long_name');
		expect(redcapNameFrom('Rumah Sakit Cipto Mangunkusumo')).toBe('rumah_sakit_cipto');
		expect(redcapNameFrom('Klinik Hépar')).toBe('klinik_hepar');
		expect(redcapNameFrom('3 bulan')).toBe('n3_bulan');
		expect(redcapNameFrom('—')).toBe('unnamed');
	});

	it('take the study’s mapping first, else the derived name', () => {
		expect(redcapEventName(smallStudyRecord, 'sv-base', 'Baseline visit')).toBe('baseline_arm_1');
		expect(redcapEventName(smallStudyRecord, 'sv-m3', 'Month 3')).toBe('month_3_arm_1');
		expect(redcapDataAccessGroup(smallStudyRecord, 'Jakarta Timur')).toBe('jakarta');
		expect(redcapDataAccessGroup(smallStudyRecord, 'Denpasar')).toBe('denpasar');
		expect(redcapDataAccessGroup(smallStudyRecord, '')).toBe('');
	});
});
