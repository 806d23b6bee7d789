import type { CellValue, TaskRunRecord } from '../../../model/records';
import { countingRun } from '../../counting-run';
import { digitalPhesSources } from './definition';

/**
 * The six PHES raw values from a battery's completed subtest runs (the last complete run of each
 * subtest), or null when a subtest is missing or has no value.
 * E.g. NCT-A 31.2 s, NCT-B 80.4 s, DST 44, SDT 50.1 s, LTT 95.0 s with 7 excursions.
 */
export function digitalPhesValues(runs: readonly TaskRunRecord[]): Record<string, CellValue> | null {
	const values: Record<string, CellValue> = {};
	const sources: string[] = [];
	for (const [value, [task, column]] of Object.entries(digitalPhesSources)) {
		const run = countingRun(runs, [task]);
		const raw = run?.summary?.[column];
		if (!run || typeof raw !== 'number') return null;
		values[value] = raw;
		if (!sources.includes(run.id)) sources.push(run.id);
	}
	return { ...values, source_task_runs: sources.join(' ') };
}
