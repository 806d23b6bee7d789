import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../model/records';
import { csvBytes, csvCell, parseCsv, toCsv } from './csv';

const tricky: CellValue[] = [
	'plain',
	'a,b',
	'say "hi"',
	'two\r\nlines',
	'line\nfeed',
	'carriage\rreturn',
	'ends with a quote"',
	'tab\there',
	' leading space',
	'trailing space ',
	'\uFEFFbom',
	'inner\uFEFFbom',
	' ',
	'=HYPERLINK("http://example.org","x")',
	'+cmd',
	'@x',
	'-x',
	'\tstarts with a tab',
	'-5',
	'Bahasa Indonesia: ü ñ 中',
	'',
	-5,
	0.1 + 0.2,
	1e21,
	-0,
	Number.NaN,
	true,
	false,
	null
];

describe('csvCell', () => {
	it('writes numbers in plain notation, booleans 0/1, missing and non-finite as the missing text, formulas neutralised', () => {
		const cases: [CellValue | undefined, string][] = [
			[-5, '-5'],
			[1.5, '1.5'],
			[0.1 + 0.2, '0.30000000000000004'],
			[-0, '0'],
			[1e21, '1e+21'],
			[Number.NaN, ''],
			[Number.POSITIVE_INFINITY, ''],
			[true, '1'],
			[false, '0'],
			[null, ''],
			[undefined, ''],
			['-5', '-5'],
			['=1+1', "'=1+1"],
			['\tx', "'\tx"],
			['a,b', 'a,b']
		];
		expect(cases.map(([value]) => csvCell(value))).toEqual(cases.map(([, text]) => text));
		expect([csvCell(null, 'n/a'), csvCell(Number.NaN, 'n/a'), csvCell(0, 'n/a')]).toEqual(['n/a', 'n/a', '0']);
	});
});

describe('toCsv', () => {
	it.each([',', '\t'] as const)('writes exactly what papaparse writes for the same cells (delimiter %j)', (delimiter) => {
		// Header cells are quoted by the same rule: one needs quotes in CSV, one in TSV.
		const header = ['a', 'b,c', 'd\te'];
		// Each value in each column, next to itself and to others, so repeated cells are covered too.
		const rows = tricky.flatMap((value, i) => [
			[value, tricky[(i + 1) % tricky.length]!, value],
			[value, value, undefined]
		]);
		const expected =
			Papa.unparse(
				{ fields: header, data: rows.map((row) => row.map((value) => csvCell(value))) },
				{ delimiter, newline: '\r\n', quotes: false, escapeFormulae: false }
			) + '\r\n';
		expect(toCsv(header, rows, { delimiter })).toBe(expected);
	});

	it('writes a long table, thousands of rows, the same as papaparse', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => [i, i % 7 === 0 ? 'a,b' : 'x', i / 3]);
		const expected = Papa.unparse({ fields: ['i', 's', 'f'], data: rows.map((row) => row.map((value) => csvCell(value))) }, { newline: '\r\n', quotes: false }) + '\r\n';
		expect(toCsv(['i', 's', 'f'], rows)).toBe(expected);
	});

	it('reads back through parseCsv to the cells written', () => {
		const rows = tricky.map((value) => [value, 'x']);
		const { header, rows: read } = parseCsv(toCsv(['value', 'other'], rows, { bom: true }));
		expect(header).toEqual(['value', 'other']);
		expect(read).toEqual(rows.map(([value]) => [csvCell(value), 'x']));
	});

	it('writes only the header for no rows, and the missing text of the format', () => {
		expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
		expect(toCsv(['a', 'b'], [[null, 1.5]], { delimiter: '\t', missing: 'n/a' })).toBe('a\tb\r\nn/a\t1.5\r\n');
	});
});

describe('csvBytes', () => {
	it('gives the UTF-8 bytes of the same table, across many pieces and with multi-byte text', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => [i, i % 3 === 0 ? 'Kuning, “hijau”' : 'merah', i % 11 === 0 ? null : i / 7]);
		const bytes = csvBytes(['i', 'warna', 'f'], rows, { bom: true });
		expect(Buffer.from(bytes).equals(Buffer.from(toCsv(['i', 'warna', 'f'], rows, { bom: true }), 'utf8'))).toBe(true);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).startsWith('\uFEFFi,warna,f\r\n0,"Kuning, “hijau”",\r\n1,merah,')).toBe(true);
	});
});
