// Which run of a task counts when it was given more than once: the last valid one completed. The
// digital PHES takes each subtest's value from it, and the REDCap export picks a visit's scored run
// by it. A run is valid unless its summary says `validity: 'invalid'` (a run stored before runs had
// a verdict counts as valid), or the examiner overrode that verdict (the run's id is in `overridden`).
import type { TaskRunRecord } from '../model/records';

type CountableRun = Pick<TaskRunRecord, 'task' | 'status'> & { id?: string; summary?: TaskRunRecord['summary'] };

/** Whether a complete run's own verdict (or the examiner's override of it) lets it count. */
export function countsAsValid(run: CountableRun, overridden: ReadonlySet<string> = new Set()): boolean {
	return run.summary?.validity !== 'invalid' || (run.id !== undefined && overridden.has(run.id));
}

/** The last valid complete run of the given tasks, `runs` in the order they started; undefined when none. */
export function countingRun<T extends CountableRun>(runs: readonly T[], tasks: readonly string[], overridden: ReadonlySet<string> = new Set()): T | undefined {
	return runs.filter((run) => tasks.includes(run.task) && run.status === 'complete' && countsAsValid(run, overridden)).at(-1);
}
