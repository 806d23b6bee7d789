// Which run of a task counts when it was given more than once: the last one completed. The digital
// PHES takes each subtest's value from it, and the REDCap export picks a visit's scored run by it.
import type { TaskRunRecord } from '../model/records';

/** The last complete run of the given tasks, `runs` in the order they started; undefined when none completed. */
export function countingRun<T extends Pick<TaskRunRecord, 'task' | 'status'>>(runs: readonly T[], tasks: readonly string[]): T | undefined {
	return runs.filter((run) => tasks.includes(run.task) && run.status === 'complete').at(-1);
}
