// Flags as 0/1 columns `flag_<name>`: one per flag the app declares (whether or not any row has it,
// so the header does not depend on the data), then one per other flag found in the records.
import { snakeCase } from '../snake-case';
import type { TidyColumn } from './tidy-column';

export function flagColumns<R>(
	declared: Readonly<Record<string, string>>,
	records: readonly R[],
	flagsOf: (row: R) => readonly string[]
): TidyColumn<R>[] {
	const others = new Set<string>();
	for (const record of records) for (const flag of flagsOf(record)) if (!(flag in declared)) others.add(flag);
	const column = (flag: string, description: string): TidyColumn<R> => ({
		name: `flag_${snakeCase(flag)}`,
		docs: [{ type: 'boolean', description: `1 when flagged: ${description}` }],
		value: (row) => flagsOf(row).includes(flag)
	});
	return [
		...Object.entries(declared).map(([flag, description]) => column(flag, description)),
		...[...others].sort().map((flag) => column(flag, `\`${flag}\`, a flag declared by no part of this app version`))
	];
}
