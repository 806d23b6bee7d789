// A task declares its parameters and its output columns once, as typed data. Storage, exports,
// the codebook and the REDCap data dictionary are all derived from these declarations.

export type ColumnType = 'integer' | 'number' | 'string' | 'boolean' | 'category' | 'datetime';

export interface ColumnSpec {
	/** snake_case, with the unit as suffix where there is one (`rt_ms`, `off_time_s`). */
	name: string;
	type: ColumnType;
	description: string;
	unit?: 'ms' | 's' | 'count' | 'px' | 'Hz';
	/** Allowed values of a category column, with their meaning. */
	levels?: Readonly<Record<string, string>>;
	/** May be empty (e.g. no response yet, or not applicable). */
	nullable?: boolean;
}

export interface ParameterSpec<T extends string | number | boolean = string | number | boolean> {
	name: string;
	description: string;
	default: T;
	unit?: 'ms' | 's' | 'count';
	min?: number;
	max?: number;
	/** Allowed values of a text parameter. */
	options?: readonly T[];
}

export interface TaskDefinition {
	/** Stable task id used in storage and exports, e.g. `stroop`. */
	id: string;
	label: string;
	/** Bumped whenever the stimuli, rules or columns change meaning. */
	version: number;
	parameters: readonly ParameterSpec[];
	/** One row per trial. */
	trialColumns: readonly ColumnSpec[];
	/** One row per completed task run. */
	summaryColumns: readonly ColumnSpec[];
}

/** The default value of every declared parameter, keyed by name. */
export function defaultParameters(definition: TaskDefinition): Record<string, string | number | boolean> {
	return Object.fromEntries(definition.parameters.map((p) => [p.name, p.default]));
}
