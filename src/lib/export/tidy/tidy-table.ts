// One tidy file: what a row is, its declared columns and its rows, written through the project's
// CSV rules (csvBytes: '.' decimals, 0/1 booleans, empty for missing, formula cells neutralised).
import type { CellValue } from '../../model/records';
import { csvBytes } from '../csv';
import type { TidyColumn, ColumnDoc } from './tidy-column';

export interface TidyTable<R> {
	path: string;
	/** What one row is, for the codebook. */
	rowIs: string;
	columns: readonly TidyColumn<R>[];
	/** Read again for each pass; a row is read before the next is handed out, so one object may be refilled. */
	rows: Iterable<R>;
}

/** A table with its row type forgotten: what the export, the codebook and the manifest need. */
export interface BuiltTable {
	path: string;
	rowIs: string;
	/** The header, in order, with what the codebook says of each column. */
	columns: readonly { name: string; docs: readonly ColumnDoc[] }[];
	/** Every row's cells as read from the records, before CSV writing. */
	cells: () => (CellValue | undefined)[][];
	/** The CSV as UTF-8 bytes and its number of data rows. */
	csv: (bom: boolean) => { bytes: Uint8Array; rows: number };
}

export function builtTable<R>(table: TidyTable<R>): BuiltTable {
	const names = table.columns.map((c) => c.name);
	const repeated = names.filter((name, i) => names.indexOf(name) !== i);
	if (repeated.length > 0) throw new Error(`${table.path} repeats the column(s) ${repeated.join(', ')}`);
	const readers = table.columns.map((c) => c.value);
	const cells = () => Array.from(table.rows, (row) => readers.map((read) => read(row)));
	let count = 0;
	/** The rows one after the other in one refilled array, so a million rows make no million arrays. */
	function* refilled(): Generator<(CellValue | undefined)[]> {
		const cellsOfRow: (CellValue | undefined)[] = new Array(readers.length);
		count = 0;
		for (const row of table.rows) {
			for (let c = 0; c < readers.length; c++) cellsOfRow[c] = readers[c]!(row);
			count++;
			yield cellsOfRow;
		}
	}
	return {
		path: table.path,
		rowIs: table.rowIs,
		columns: table.columns,
		cells,
		csv: (bom) => {
			const bytes = csvBytes(names, refilled(), { bom });
			return { bytes, rows: count };
		}
	};
}
