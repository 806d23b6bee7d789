import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scorePhesCsv } from './batch';
import { germanH2019 } from './norm-sets/builtin/index';
import { neutraliseCell, parseCsvNumber } from './csv-cell';

const header = 'participant_id,age_years,sex,education_years,ncta_s,nctb_s,dst_count,sdt_s,ltt_s,ltt_errors,dst_time_limit_s';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
const paper = { administration: 'paper' } as const;
const rowsOf = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe('csv cells', () => {
	it.each([
		['=1+2', "'=1+2"],
		['+cmd', "'+cmd"],
		['-x', "'-x"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['-5', '-5'],
		['+3.5', '+3.5'],
		['JKT-001', 'JKT-001'],
		['', '']
	])('neutralises %j as %j', (cell, expected) => {
		expect(neutraliseCell(cell)).toBe(expected);
	});

	it.each([
		['24.5', { ok: true, value: 24.5 }],
		[' 63 ', { ok: true, value: 63 }],
		['24,5', { ok: false, message: "'24,5' uses a decimal comma; write '.' for decimals" }],
		['abc', { ok: false, message: "'abc' is not a number" }],
		['', { ok: false, message: 'is empty' }]
	])('reads %j', (text, expected) => {
		expect(parseCsvNumber(text)).toEqual(expected);
	});
});

describe('scorePhesCsv', () => {
	it('appends the score columns to the input columns', async () => {
		const result = await scorePhesCsv(csv('JKT-001,50,m,12,24,63,48,38,74,26,90', 'JKT-002,60,f,6,60.5,200,20,80,200,100,90'), germanH2019, paper);
		expect(result.problems).toEqual([]);
		expect(result.scoredRows).toBe(2);
		expect(result.csv.split('\r\n')[0]).toBe(
			`${header},ncta_score,nctb_score,dst_score,sdt_score,ltt_time_score,ltt_errors_score,phes_total,phes_abnormal,norm_set_id,norm_set_version,flags`
		);
		expect(rowsOf(result.csv)).toEqual([
			expect.objectContaining({ participant_id: 'JKT-001', ncta_s: '24', ncta_score: '0', phes_total: '0', phes_abnormal: '0', norm_set_id: 'german-h2019', norm_set_version: '2', flags: '' }),
			expect.objectContaining({ participant_id: 'JKT-002', ncta_s: '60.5', ncta_score: '-2', dst_score: '-3', phes_total: '-16', phes_abnormal: '1' })
		]);
	});

	it('reports malformed rows with their line number and still writes the others', async () => {
		const result = await scorePhesCsv(csv('JKT-001,50,m,12,24,63,48,38,74,26,90', 'JKT-003,50,m,12,abc,63,48,38,74,26,90', 'JKT-005,45,x,12,,70,45,40,80,20,90', 'JKT-006,45,m', 'JKT-007,50,m,12,24,63,48,38,74,26,90'), germanH2019, paper);
		expect(result.problems).toEqual([
			{ line: 3, message: "ncta_s 'abc' is not a number" },
			{ line: 4, message: "ncta_s is empty; sex must be m, f or empty, got 'x'" },
			{ line: 5, message: 'has 3 cells where the header has 11, or broken quoting' }
		]);
		expect(rowsOf(result.csv).map((r) => r.participant_id)).toEqual(['JKT-001', 'JKT-007']);
	});

	it('counts lines inside quoted cells and skips blank lines', async () => {
		const result = await scorePhesCsv(csv('"JKT\n001",50,m,12,24,63,48,38,74,26,90', '', 'JKT-002,50,m,12,24,63,48,38,74,2x,90'), germanH2019, paper);
		expect(result.problems).toEqual([{ line: 5, message: "ltt_errors '2x' is not a number" }]);
	});

	it('writes an unscorable row with its flags and says why on the problem list', async () => {
		const result = await scorePhesCsv(csv('JKT-004,55,,9,30,90,40,45,90,30,90'), germanH2019, paper);
		expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/^not scored: .*missing sex/) }]);
		expect(rowsOf(result.csv)).toEqual([expect.objectContaining({ participant_id: 'JKT-004', ncta_score: '', phes_total: '', phes_abnormal: '', flags: 'missing_covariate' })]);
		expect(result.scoredRows).toBe(0);
	});

	it('joins several flags with ;', async () => {
		const set = { ...germanH2019, covariateRanges: { ageYears: { min: 30, max: 80 } } };
		const result = await scorePhesCsv(csv('JKT-008,19,m,12,24,63,48,38,74,26,90'), set, { administration: 'digital' });
		expect(rowsOf(result.csv)[0]?.flags).toBe('outside_norm_range;paper_norms_on_digital');
	});

	it('neutralises formula cells but keeps negative numbers', async () => {
		const result = await scorePhesCsv(csv('=cmd|calc,60,f,6,60.5,200,20,80,200,100,90'), germanH2019, paper);
		const row = rowsOf(result.csv)[0];
		expect(row?.participant_id).toBe("'=cmd|calc");
		expect(row?.phes_total).toBe('-16');
	});

	it('reads a UTF-8 byte-order mark and refuses a file without the needed columns', async () => {
		expect((await scorePhesCsv(`\uFEFF${csv('JKT-001,50,m,12,24,63,48,38,74,26,90')}`, germanH2019, paper)).scoredRows).toBe(1);
		const missing = await scorePhesCsv('participant_id,age_years\r\nA,50\r\n', germanH2019, paper);
		expect(missing).toEqual({ csv: '', problems: [{ line: 1, message: expect.stringMatching(/^missing column\(s\) sex, education_years, ncta_s/) }], scoredRows: 0 });
	});

	it('writes a phes5 set’s combined LTT column', async () => {
		const { ltt_s, ltt_errors: _errors, ...values } = germanH2019.values;
		const phes5 = { ...germanH2019, scheme: 'phes5' as const, lttErrorPenaltyS: 2, values: { ...values, ltt_combined: ltt_s! } };
		const result = await scorePhesCsv(csv('JKT-001,50,m,12,24,63,48,38,60,20,90'), phes5, paper);
		expect(rowsOf(result.csv)[0]).toMatchObject({ ltt_combined_score: '-1', phes_total: '-1' });
	});

	it('reads the DST time limit per row: a 120 s DST against 90 s norms, or none, is not scored', async () => {
		const result = await scorePhesCsv(csv('JKT-001,50,m,12,24,63,60,38,74,26,120', 'JKT-002,50,m,12,24,63,48,38,74,26,'), germanH2019, paper);
		expect(result.problems).toEqual([
			{ line: 2, message: "not scored: DST given with a 120 s limit; the norm set's DST norms are for 90 s." },
			{ line: 3, message: expect.stringMatching(/^not scored: The DST time limit of this PHES was not recorded/) }
		]);
		expect(rowsOf(result.csv).map((r) => [r.participant_id, r.dst_score, r.phes_total])).toEqual([['JKT-001', '', ''], ['JKT-002', '', '']]);
		const rescaled = await scorePhesCsv(csv('JKT-001,50,m,12,24,63,60,38,74,26,120'), { ...germanH2019, dstRescaling: 'linear' }, paper);
		expect(rowsOf(rescaled.csv)[0]).toMatchObject({ dst_score: '0', phes_total: '0', flags: 'dst_rescaled' });
	});
});
