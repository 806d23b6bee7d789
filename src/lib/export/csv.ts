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

// A cell papaparse would quote (unparse with `quotes: false`): one holding the delimiter, a quote,
// CR, LF or a BOM, or starting or ending with a space. Only those go through papaparse; every other
// cell is written as it is, which is what papaparse writes for it. A study export has millions of
// plain cells (pointer samples), and per-cell papaparse calls would take seconds.
const quoteTriggers = { ',': /[",\r\n\uFEFF]|^ | $/, '\t': /["\t\r\n\uFEFF]|^ | $/ } as const;

/**
 * A whole table in pieces of a few thousand lines: header row, then one row per record, CRLF line
 * ends (RFC 4180). `rows` may be any iterable, and may hand out the same array refilled for each
 * row: a row is written before the next. Pieces let a table larger than the longest string a
 * JavaScript engine allows (a study's pointer samples) be written as bytes (`csvBytes`).
 */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly (CellValue | undefined)[]>, options: CsvOptions = {}): Generator<string> {
	const missing = options.missing ?? '';
	const delimiter = options.delimiter ?? ',';
	const trigger = quoteTriggers[delimiter];
	const quoted = (text: string) =>
		trigger.test(text) ? Papa.unparse([[text]], { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false }) : text;
	// Rows of one task run repeat their identifiers: the last value of each column and its text are kept.
	const lastValue: unknown[] = header.map(() => Symbol('none'));
	const lastText: string[] = header.map(() => '');
	const cells: string[] = new Array(header.length);
	yield (options.bom ? '\uFEFF' : '') + header.map(quoted).join(delimiter) + '\r\n';
	let lines: string[] = [];
	for (const row of rows) {
		for (let c = 0; c < header.length; c++) {
			const value = row[c];
			if (value !== lastValue[c]) {
				lastValue[c] = value;
				// A finite number's text never needs quoting: the most common cell skips the test.
				lastText[c] = typeof value === 'number' && Number.isFinite(value) ? String(value) : quoted(csvCell(value, missing));
			}
			cells[c] = lastText[c]!;
		}
		lines.push(cells.join(delimiter));
		if (lines.length === 2048) {
			yield lines.join('\r\n') + '\r\n';
			lines = [];
		}
	}
	if (lines.length > 0) yield lines.join('\r\n') + '\r\n';
}

/** A whole table as one string (see `csvPieces`). */
export function toCsv(header: readonly string[], rows: Iterable<readonly (CellValue | undefined)[]>, options: CsvOptions = {}): string {
	return [...csvPieces(header, rows, options)].join('');
}

/** A whole table as UTF-8 bytes, encoded piece by piece (see `csvPieces`). */
export function csvBytes(header: readonly string[], rows: Iterable<readonly (CellValue | undefined)[]>, options: CsvOptions = {}): Uint8Array {
	const encoder = new TextEncoder();
	const chunks = Array.from(csvPieces(header, rows, options), (piece) => encoder.encode(piece));
	const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/** Parses a CSV written by `toCsv` back to its header and rows of text (the BOM dropped). */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
	const [header = [], ...rows] = parsed.data;
	return { header, rows };
}
