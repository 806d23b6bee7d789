// A task run's trials as BIDS runs and events rows. Times are on the page clock, which a reload
// restarts: a Stroop run resumed after a reload (a `resumed` event saying how many trials came
// before it) becomes one BIDS run per page load. Digital PHES subtests are given again from the
// start after a resume, as a new task run, so they never span two page loads.
import type { CellValue, EventRecord, TrialRecord } from '../../model/records';
import type { TaskDefinition } from '../../tasks/task-definition';
import type { TaskEvents } from './event-timing';

/** The trials of one page load; `resumedAt` is when a later page load began (null for the first). */
export interface PageLoad {
	trials: TrialRecord[];
	resumedAt: string | null;
}

/** The trials (in seq order) split at each resume of the run. */
export function pageLoads(trials: readonly TrialRecord[], runEvents: readonly EventRecord[]): PageLoad[] {
	const sorted = [...trials].sort((a, b) => a.seq - b.seq);
	const resumes = runEvents
		.filter((e) => e.type === 'resumed' && typeof e.detail.answeredTrials === 'number')
		.map((e) => ({ before: e.detail.answeredTrials as number, at: e.at }))
		.filter((r) => r.before > 0 && r.before < sorted.length)
		.sort((a, b) => a.before - b.before);
	const loads: PageLoad[] = [];
	let from = 0;
	let resumedAt: string | null = null;
	for (const cut of [...resumes, { before: sorted.length, at: null }]) {
		if (cut.before > from) loads.push({ trials: sorted.slice(from, cut.before), resumedAt });
		from = Math.max(from, cut.before);
		resumedAt = cut.at;
	}
	return loads;
}

/** Onset 0: the earliest of the run's pointer samples and its trials' start times; null when none is known. */
export function runStartMs(trials: readonly TrialRecord[], timing: TaskEvents, sampleTimesMs: readonly number[]): number | null {
	const starts = trials.map((t, i) => timing.event(t.values, trials[i - 1]?.values).startMs).filter((ms): ms is number => ms !== null);
	const all = [...starts, ...sampleTimesMs];
	return all.length === 0 ? null : Math.min(...all);
}

/** Seconds with microsecond digits (the page clock's resolution is 5 µs when cross-origin isolated). */
export const seconds = (ms: number | null): string | null => (ms === null ? null : (ms / 1000).toFixed(6));

/** The events file's columns: BIDS's four, the task's declared trial columns, then the trial's flags. */
export function eventColumns(definition: TaskDefinition): string[] {
	return ['onset', 'duration', 'response_time', 'trial_type', ...definition.trialColumns.map((c) => c.name), 'flags'];
}

/** One row per trial, in the order of `eventColumns`. */
export function eventRows(trials: readonly TrialRecord[], definition: TaskDefinition, timing: TaskEvents, startMs: number): CellValue[][] {
	return trials.map((trial, i) => {
		const event = timing.event(trial.values, trials[i - 1]?.values);
		return [
			seconds(event.startMs === null ? null : event.startMs - startMs),
			seconds(event.durationMs),
			seconds(event.responseTimeMs),
			event.trialType,
			...definition.trialColumns.map((c) => trial.values[c.name] ?? null),
			trial.flags.length > 0 ? trial.flags.join(' ') : null
		];
	});
}
