// Scores a CSV of paper PHES results row by row (scripts/score.ts is the command-line shell).
// RFC 4180 in and out via papaparse; a malformed row is reported with its line number and left
// out, the other rows are still scored.
import Papa from 'papaparse';
import type { Person } from './covariates';
import { neutraliseCell, parseCsvNumber } from './csv-cell';
import type { PhesNormSet } from './norm-sets/norm-set';
import { scorePhes, type PhesRaw, type PhesScoreOptions } from './phes-score';
import { phes6Values, phesScoreColumn, schemeValues } from './value-keys';

export const batchInputColumns = ['participant_id', 'age_years', 'sex', 'education_years', ...phes6Values, 'dst_time_limit_s'] as const;
/**
 * Covariate cells may be blank: the scorer then refuses with missing_covariate only if the set needs
 * it. A blank DST time limit is not recorded, and the row is not scored (dst-time-limit.ts).
 */
const optionalColumns = new Set(['age_years', 'sex', 'education_years', 'dst_time_limit_s']);

export interface BatchProblem {
	/** 1-based line of the input file; the header is line 1. */
	line: number;
	message: string;
}
export interface BatchResult {
	csv: string;
	problems: BatchProblem[];
	scoredRows: number;
}

export function batchOutputColumns(set: PhesNormSet): string[] {
	const scores = schemeValues(set.scheme).map((v) => phesScoreColumn[v]);
	return [...scores, 'phes_total', 'phes_abnormal', 'norm_set_id', 'norm_set_version', 'flags'];
}

type ParsedRow = { person: Person; raw: PhesRaw; dstTimeLimitS: number | null };

function parseRow(cells: Record<string, string>): { ok: true; row: ParsedRow } | { ok: false; message: string } {
	const numbers: Record<string, number | null> = {};
	const problems: string[] = [];
	for (const column of batchInputColumns.filter((c) => c !== 'participant_id' && c !== 'sex')) {
		const text = cells[column] ?? '';
		if (text.trim() === '' && optionalColumns.has(column)) numbers[column] = null;
		else {
			const parsed = parseCsvNumber(text);
			if (parsed.ok) numbers[column] = parsed.value;
			else problems.push(`${column} ${parsed.message}`);
		}
	}
	if ((cells.participant_id ?? '').trim() === '') problems.push('participant_id is empty');
	const sex = (cells.sex ?? '').trim().toLowerCase();
	if (sex !== '' && sex !== 'm' && sex !== 'f') problems.push(`sex must be m, f or empty, got '${cells.sex}'`);
	for (const column of ['age_years', 'education_years']) if ((numbers[column] ?? 0) < 0) problems.push(`${column} cannot be negative`);
	if (problems.length > 0) return { ok: false, message: problems.join('; ') };
	const raw = Object.fromEntries(phes6Values.map((v) => [v, numbers[v] ?? null])) as PhesRaw;
	const person: Person = { ageYears: numbers.age_years ?? null, educationYears: numbers.education_years ?? null, sex: sex === '' ? null : (sex as 'm' | 'f') };
	return { ok: true, row: { person, raw, dstTimeLimitS: numbers.dst_time_limit_s ?? null } };
}

const newlines = (cells: string[]) => cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

/** Scores every row of `text`; the output has the input columns, then the score columns. */
export async function scorePhesCsv(text: string, set: PhesNormSet, options: Omit<PhesScoreOptions, 'dstTimeLimitS'>): Promise<BatchResult> {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, delimiter: ',', skipEmptyLines: false });
	const [header = [], ...body] = parsed.data;
	const missing = batchInputColumns.filter((c) => !header.includes(c));
	const duplicate = header.filter((c, i) => header.indexOf(c) !== i);
	if (missing.length > 0 || duplicate.length > 0) {
		const message = missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : `duplicate column(s) ${duplicate.join(', ')}`;
		return { csv: '', problems: [{ line: 1, message }], scoredRows: 0 };
	}
	const badRows = new Set(parsed.errors.map((e) => e.row));
	const fields = [...header, ...batchOutputColumns(set)];
	const out: string[][] = [];
	const problems: BatchProblem[] = [];
	let scoredRows = 0;
	let line = 1 + newlines(header) + 1;
	for (const [i, cells] of body.entries()) {
		const rowLine = line;
		line += 1 + newlines(cells);
		if (cells.length === 1 && cells[0] === '') continue;
		if (badRows.has(i + 1) || cells.length !== header.length) {
			problems.push({ line: rowLine, message: `has ${cells.length} cells where the header has ${header.length}, or broken quoting` });
			continue;
		}
		const byColumn = Object.fromEntries(header.map((c, j) => [c, cells[j] ?? '']));
		const row = parseRow(byColumn);
		if (!row.ok) {
			problems.push({ line: rowLine, message: row.message });
			continue;
		}
		const score = await scorePhes(row.row.raw, row.row.person, set, { ...options, dstTimeLimitS: row.row.dstTimeLimitS });
		const scores: Record<string, string> = { norm_set_id: set.id, norm_set_version: String(set.version), flags: score.flags.join(';') };
		if (score.ok) {
			scoredRows += 1;
			for (const [column, band] of Object.entries(score.values)) scores[column] = String(band);
			Object.assign(scores, { phes_total: String(score.total), phes_abnormal: score.abnormal ? '1' : '0' });
		} else problems.push({ line: rowLine, message: `not scored: ${score.reason}` });
		out.push([...cells, ...batchOutputColumns(set).map((c) => scores[c] ?? '')]);
	}
	const csv = Papa.unparse({ fields: fields.map(neutraliseCell), data: out.map((r) => r.map(neutraliseCell)) }, { newline: '\r\n' });
	return { csv: `${csv}\r\n`, problems, scoredRows };
}
