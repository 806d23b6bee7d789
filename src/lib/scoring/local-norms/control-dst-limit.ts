// The DST time limit of a control's PHES, from the runs its values come from: a paper entry or a
// digital battery's values (`dst_time_limit_s`), else the digital DST subtest run (`time_limit_s`).
import type { TaskRunRecord } from '../../model/records';

const limitOf = (run: TaskRunRecord): number | null => {
	const value = run.task === 'dst' ? run.summary?.time_limit_s : run.summary?.dst_time_limit_s;
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** The limit the runs `runIds` record; null when none records one (entries made before it was). */
export function controlDstTimeLimitS(taskRuns: readonly TaskRunRecord[], runIds: readonly string[]): number | null {
	for (const run of taskRuns.filter((r) => runIds.includes(r.id))) {
		const limitS = limitOf(run);
		if (limitS !== null) return limitS;
	}
	return null;
}
