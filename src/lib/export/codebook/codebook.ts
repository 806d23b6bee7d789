// The codebook of an export, generated from the files' declared columns (the tasks' declarations
// and the record-level declarations), never written by hand: `codebook.csv`, one row per column
// (per variant, where tasks declare a shared name differently), and `codebook.json`, the same with
// what a row of each file is, the unit codes and the notes.
import type { CellValue } from '../../model/records';
import { toCsv } from '../csv';
import type { ExportFile } from '../files';
import { recordColumns, unitDescriptions, type ColumnDoc } from '../tidy/tidy-column';

/** What the codebook needs of a file. */
export interface DescribedFile {
	path: string;
	rowIs: string;
	columns: readonly { name: string; docs: readonly ColumnDoc[] }[];
}

interface CodebookEntry extends ColumnDoc {
	file: string;
	column: string;
}

const codebookPath = 'codebook.csv';
const codebookJsonPath = 'codebook.json';

const codebookColumns = recordColumns<CodebookEntry>([
	{ name: 'file', type: 'string', description: 'File the column is in', value: (e) => e.file },
	{ name: 'column', type: 'string', description: 'Column name, as in the file’s header', value: (e) => e.column },
	{
		name: 'tasks',
		type: 'string',
		description: 'Tasks that declare the column this way, space-separated; empty for a column every row has',
		nullable: true,
		value: (e) => e.tasks?.join(' ') ?? null
	},
	{ name: 'type', type: 'category', description: 'Value type', levels: { integer: 'integer', number: 'number', string: 'text', boolean: '0/1', category: 'one of levels', datetime: 'ISO 8601 with offset', date: 'YYYY-MM-DD' }, value: (e) => e.type },
	{ name: 'unit', type: 'category', description: 'Unit', levels: unitDescriptions, nullable: true, value: (e) => e.unit ?? null },
	{ name: 'levels_json', type: 'string', description: 'Allowed values and their meaning, as a JSON object; empty when not a fixed set', nullable: true, value: (e) => (e.levels ? JSON.stringify(e.levels) : null) },
	{ name: 'nullable', type: 'boolean', description: '1 when the cell may be empty', value: (e) => e.nullable ?? false },
	{ name: 'description', type: 'string', description: 'What the column holds', value: (e) => e.description }
]);

const codebookItself: DescribedFile = { path: codebookPath, rowIs: 'column of an export file (one per variant)', columns: codebookColumns };

/** Every column of every file, in file then column order; a column with variants gives one entry each. */
function codebookEntries(files: readonly DescribedFile[]): CodebookEntry[] {
	return [...files, codebookItself].flatMap((file) => file.columns.flatMap((column) => column.docs.map((doc) => ({ ...doc, file: file.path, column: column.name }))));
}

/** codebook.csv (with its row count, for the manifest) and codebook.json. */
export function codebookFiles(files: readonly DescribedFile[], notes: readonly string[], options: { bom?: boolean } = {}): { files: ExportFile[]; rows: number } {
	const entries = codebookEntries(files);
	const rows = entries.map((entry) => codebookColumns.map((column): CellValue | undefined => column.value(entry)));
	const json = {
		files: [...files, codebookItself].map((file) => ({
			path: file.path,
			row_is: file.rowIs,
			columns: file.columns.map((column) => ({
				name: column.name,
				variants: column.docs.map(({ tasks, ...doc }) => ({ ...doc, ...(tasks ? { tasks } : {}) }))
			}))
		})),
		units: unitDescriptions,
		notes
	};
	return {
		files: [
			{ path: codebookPath, data: toCsv(codebookColumns.map((c) => c.name), rows, { bom: options.bom }) },
			{ path: codebookJsonPath, data: `${JSON.stringify(json, null, 2)}\n` }
		],
		rows: rows.length
	};
}
