// CSV as every export writes it (design.md › Exports; ecosystem.md §1.1): RFC 4180 through
// papaparse, UTF-8 (a BOM on request, for spreadsheets), '.' decimals and never locale formatting,
// 0/1 booleans, an empty cell for missing, and text that a spreadsheet would run as a formula
// neutralised. Numbers stay numbers: -5 is not a formula.
import Papa from 'papaparse';
import type { CellValue } from '../model/records';
import { neutraliseCell } from '../scoring/csv-cell';

export interface CsvOptions {
	/** A UTF-8 byte order mark first, so Excel reads non-ASCII text (names, Bahasa Indonesia) right. */
	bom?: boolean;
	/** ',' (CSV, the default) or '\t' (BIDS TSV). */
	delimiter?: ',' | '\t';
	/** What a missing value is written as: '' in CSV, 'n/a' in BIDS. */
	missing?: string;
}

/** One cell's text: numbers in plain '.' notation, booleans 0/1, missing as `missing`. */
export function csvCell(value: CellValue | undefined, missing = ''): string {
	if (value === null || value === undefined) return missing;
	if (typeof value === 'boolean') return value ? '1' : '0';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : missing;
	return neutraliseCell(value);
}

/** A whole table: header row, then one row per record, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly (CellValue | undefined)[])[], options: CsvOptions = {}): string {
	const missing = options.missing ?? '';
	const text = Papa.unparse(
		{ fields: [...header], data: rows.map((row) => row.map((value) => csvCell(value, missing))) },
		{ delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false }
	);
	return (options.bom ? '\uFEFF' : '') + text + '\r\n';
}

/** Parses a CSV written by `toCsv` back to its header and rows of text (the BOM dropped). */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
	const [header = [], ...rows] = parsed.data;
	return { header, rows };
}
