// Columns the tasks declare (trial columns, summary columns, parameters), gathered from every task
// in the registry into one set per file: tasks differ, so a file has the union of their columns in
// registry order, empty where a task lacks one. A name two tasks declare differently (`index`) gets
// one codebook entry per variant, each naming its tasks. Values found in stored records that no
// task declares (data from another app version) are kept as extra columns, never dropped.
import type { CellValue } from '../../model/records';
import { taskDefinitions } from '../../tasks/registry';
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../tasks/task-definition';
import { snakeCase } from '../snake-case';
import type { ColumnDoc, TidyColumn, TidyColumnType, TidyUnit } from './tidy-column';

type Doc = Omit<ColumnDoc, 'tasks'>;

const columnDoc = ({ type, description, unit, levels, nullable }: ColumnSpec): Doc => ({ type, description, unit, levels, nullable });

function parameterDoc(p: ParameterSpec): Doc {
	const type: TidyColumnType =
		typeof p.default === 'boolean' ? 'boolean' : typeof p.default === 'number' ? (p.unit === 'count' ? 'integer' : 'number') : p.options ? 'category' : 'string';
	const range = p.min !== undefined || p.max !== undefined ? `; range ${p.min ?? ''}…${p.max ?? ''}` : '';
	const levels = p.options ? Object.fromEntries(p.options.map((o) => [String(o), String(o)])) : undefined;
	return { type, description: `${p.description} (default ${String(p.default)}${range})`, unit: p.unit, levels };
}

/** Name → its codebook variants, over every registered task, in registry then declaration order. */
function declared(list: (definition: TaskDefinition) => readonly { name: string; doc: Doc }[]): Map<string, ColumnDoc[]> {
	const byName = new Map<string, Map<string, ColumnDoc>>();
	for (const definition of Object.values(taskDefinitions)) {
		for (const { name, doc } of list(definition)) {
			const variants = byName.get(name) ?? new Map<string, ColumnDoc>();
			byName.set(name, variants);
			const key = JSON.stringify(doc);
			const variant = variants.get(key);
			variants.set(key, { ...doc, tasks: [...(variant?.tasks ?? []), definition.id] });
		}
	}
	return new Map([...byName].map(([name, variants]) => [name, [...variants.values()]]));
}

export const declaredTrialColumns = () => declared((d) => d.trialColumns.map((c) => ({ name: c.name, doc: columnDoc(c) })));
export const declaredSummaryColumns = () => declared((d) => d.summaryColumns.map((c) => ({ name: c.name, doc: columnDoc(c) })));
export const declaredParameters = () => declared((d) => d.parameters.map((p) => ({ name: p.name, doc: parameterDoc(p) })));

/** The type a column of undeclared values has, from the values themselves. */
function inferredType(values: Iterable<CellValue>): TidyColumnType {
	let kind: 'none' | 'boolean' | 'integer' | 'number' | 'string' = 'none';
	for (const value of values) {
		if (value === null) continue;
		const own = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : 'string';
		if (kind === 'none' || kind === own) kind = own;
		else if ((kind === 'integer' && own === 'number') || (kind === 'number' && own === 'integer')) kind = 'number';
		else return 'string';
	}
	return kind === 'none' ? 'string' : kind;
}

/**
 * One column per key found in the records' key-value objects (sorted by key, `skip`ped keys left
 * out), named `prefix` and the key in snake_case, typed from the values found, empty where a record
 * lacks the key. For what the app stores without declaring it: provenance, covariates, values of
 * another app version.
 */
export function foundColumns<R>(
	records: readonly R[],
	object: (row: R) => Readonly<Record<string, CellValue>> | null,
	options: { prefix?: string; skip?: (key: string) => boolean; describe: (key: string) => string; unit?: (name: string) => TidyUnit | undefined }
): TidyColumn<R>[] {
	const found = new Map<string, CellValue[]>();
	for (const record of records) {
		const values = object(record);
		for (const key in values) {
			if (options.skip?.(key)) continue;
			const list = found.get(key) ?? [];
			found.set(key, list);
			list.push(values[key]!);
		}
	}
	return [...found.keys()].sort().map((key) => {
		const name = snakeCase(key);
		return {
			name: (options.prefix ?? '') + name,
			docs: [{ type: inferredType(found.get(key)!), unit: options.unit?.(name), description: options.describe(key), nullable: true }],
			value: (row: R) => object(row)?.[key]
		};
	});
}

/**
 * One column per declared name, then one per undeclared key found in `records` (sorted), each read
 * from the record's key-value object (`values`, `summary`, `parameters`).
 */
export function keyedColumns<R>(
	declaredDocs: ReadonlyMap<string, readonly ColumnDoc[]>,
	records: readonly R[],
	object: (row: R) => Readonly<Record<string, CellValue>> | null,
	options: { prefix?: string; undeclared: string }
): TidyColumn<R>[] {
	const prefix = options.prefix ?? '';
	const known = [...declaredDocs].map(([key, docs]) => ({ name: prefix + key, docs, value: (row: R) => object(row)?.[key] }));
	const extra = foundColumns(records, object, {
		prefix,
		skip: (key) => declaredDocs.has(key),
		describe: (key) => `${options.undeclared} \`${key}\` stored with the record; no task of this app version declares it`
	});
	return [...known, ...extra];
}
