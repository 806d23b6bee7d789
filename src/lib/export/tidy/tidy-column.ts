// A column of a tidy CSV, declared once as typed data: its name, what the codebook says of it and
// how a row's cell is read. The CSV header and the codebook are both derived from these.
import type { CellValue } from '../../model/records';
import type { ColumnSpec, ColumnType } from '../../tasks/task-definition';

export type TidyColumnType = ColumnType | 'date';
/** Task units plus the ones record-level columns need; `units` are PHES sheet units (1000 × 700 sheet). */
export type TidyUnit = NonNullable<ColumnSpec['unit']> | 'units' | 'years' | 'days';

/** What each unit code means, for the codebook. */
export const unitDescriptions: Readonly<Record<TidyUnit, string>> = {
	ms: 'milliseconds',
	s: 'seconds',
	count: 'count',
	px: 'CSS pixels',
	Hz: 'hertz',
	units: 'PHES sheet units (the logical sheet every screen shows the same)',
	years: 'years',
	days: 'days'
};

/** What the codebook says of a column; a task column shared by tasks that declare it differently has one per variant. */
export interface ColumnDoc {
	type: TidyColumnType;
	description: string;
	unit?: TidyUnit;
	levels?: Readonly<Record<string, string>>;
	nullable?: boolean;
	/** The tasks that declare the column this way; none for a record-level column. */
	tasks?: readonly string[];
}

export interface TidyColumn<R> {
	/** snake_case ASCII, the unit as suffix where there is one. */
	name: string;
	docs: readonly ColumnDoc[];
	value: (row: R) => CellValue | undefined;
}

/** A record-level column: one description, one way to read it. */
export type RecordColumnSpec<R> = Omit<ColumnDoc, 'tasks'> & { name: string; value: (row: R) => CellValue | undefined };

export const recordColumns = <R>(specs: readonly RecordColumnSpec<R>[]): TidyColumn<R>[] =>
	specs.map(({ name, value, ...doc }) => ({ name, value, docs: [doc] }));

/** The same columns read from a wider row (identifier columns reused by every file). */
export const readVia = <Inner, Outer>(columns: readonly TidyColumn<Inner>[], inner: (row: Outer) => Inner): TidyColumn<Outer>[] =>
	columns.map((column) => ({ ...column, value: (row: Outer) => column.value(inner(row)) }));

/**
 * Task-declared columns placed after record-level ones: a name that would clash with a record-level
 * column gets `prefix` (a run's `form_id` against the summary's `form_id`), so no header repeats.
 */
export function withoutClash<R>(recordLevel: readonly TidyColumn<R>[], declared: readonly TidyColumn<R>[], prefix: string): TidyColumn<R>[] {
	const taken = new Set(recordLevel.map((c) => c.name));
	return declared.map((column) => (taken.has(column.name) ? { ...column, name: `${prefix}${column.name}` } : column));
}
