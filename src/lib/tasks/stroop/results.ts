// Stroop outputs per state (clinical-spec §1): times of the correct runs, of all runs, runs
// started, and the On+Off total. Only scored (test) runs that were not interrupted count.
import { stroopProtocolConfig } from './config';
import type { StroopSummaryColumn } from './definition';
import type { StroopPhase, StroopState } from './sequence';

export interface StroopTrialResult {
	state: StroopState;
	phase: StroopPhase;
	runNumber: number;
	index: number;
	correct: boolean;
	onsetMs: number;
	responseMs: number;
	rtMs: number;
	/** The run was interrupted (e.g. reload) and restarted; it is not scored. */
	runAborted: boolean;
}

/** The rules the summary needs to tell a correct run and a completed state. */
export interface StroopSummaryRules {
	runLength: number;
	correctRunsPerState: number;
}

// Taken from the task's declared defaults; language and seed play no part in them.
const declared = stroopProtocolConfig('en', 0);
export const defaultStroopSummaryRules: StroopSummaryRules = {
	runLength: declared.runLength,
	correctRunsPerState: declared.correctRunsPerState
};

export type StroopSummary = Record<StroopSummaryColumn, number | boolean | string | null>;

export type PracticeOutcome = 'passed' | 'examiner_continued' | 'examiner_stopped' | 'not_given';

interface RunOutcome {
	runNumber: number;
	correct: boolean;
	/** Span: first onset to last response. */
	durationMs: number;
	/** The run's response times added up: the span without the gaps between stimuli. */
	rtSumMs: number;
}

function runsOf(trials: ReadonlyArray<StroopTrialResult>, state: StroopState, rules: StroopSummaryRules, phase: StroopPhase = 'test'): RunOutcome[] {
	const byRun = new Map<number, StroopTrialResult[]>();
	for (const trial of trials) {
		if (trial.state !== state || trial.phase !== phase || trial.runAborted) continue;
		const run = byRun.get(trial.runNumber) ?? [];
		run.push(trial);
		byRun.set(trial.runNumber, run);
	}
	return [...byRun.entries()]
		.sort(([a], [b]) => a - b)
		.map(([runNumber, run]) => {
			const ordered = [...run].sort((a, b) => a.index - b.index);
			const first = ordered[0]!;
			const last = ordered[ordered.length - 1]!;
			const hasError = ordered.some((trial) => !trial.correct);
			if (!hasError && ordered.length !== rules.runLength) {
				// A run ends only by an error or after runLength stimuli; anything else was interrupted.
				throw new Error(`Stroop ${state} ${phase} run ${runNumber} is unfinished but not flagged as aborted`);
			}
			if (first.index !== 0) throw new Error(`Stroop ${state} ${phase} run ${runNumber} lacks its first stimulus`);
			const rtSumMs = ordered.reduce((sum, trial) => sum + trial.rtMs, 0);
			return { runNumber, correct: !hasError, durationMs: last.responseMs - first.onsetMs, rtSumMs };
		});
}

interface StateSummary {
	completed: boolean;
	timeS: number | null;
	rtSumS: number | null;
	runs: number;
	timeAllRunsS: number | null;
	practiceRuns: number;
	practiceOutcome: PracticeOutcome;
}

/**
 * How practice ended, from the stored runs alone (so a resumed session tells the same): a correct
 * practice run passes; without one, scored runs of the state mean the examiner let them begin.
 */
function practiceOutcomeOf(practice: readonly RunOutcome[], scoredRuns: number): PracticeOutcome {
	if (practice.some((run) => run.correct)) return 'passed';
	if (practice.length === 0) return 'not_given';
	return scoredRuns > 0 ? 'examiner_continued' : 'examiner_stopped';
}

function summarizeState(
	trials: ReadonlyArray<StroopTrialResult>,
	state: StroopState,
	rules: StroopSummaryRules
): StateSummary {
	const runs = runsOf(trials, state, rules);
	// The protocol stops at the goal; should a log hold more, only the first ones are scored.
	const correctRuns = runs.filter((run) => run.correct).slice(0, rules.correctRunsPerState);
	const completed = correctRuns.length >= rules.correctRunsPerState;
	const sumS = (list: RunOutcome[]) => list.reduce((sum, run) => sum + run.durationMs, 0) / 1000;
	const rtSumS = (list: RunOutcome[]) => list.reduce((sum, run) => sum + run.rtSumMs, 0) / 1000;
	const practice = runsOf(trials, state, rules, 'practice');
	return {
		completed,
		timeS: completed ? sumS(correctRuns) : null,
		rtSumS: completed ? rtSumS(correctRuns) : null,
		runs: runs.length,
		timeAllRunsS: runs.length > 0 ? sumS(runs) : null,
		practiceRuns: practice.length,
		practiceOutcome: practiceOutcomeOf(practice, runs.length)
	};
}

/** Scored responses faster than `anticipationMs` count as anticipations. */
export function summarizeStroop(
	trials: ReadonlyArray<StroopTrialResult>,
	anticipationMs: number,
	rules: StroopSummaryRules = defaultStroopSummaryRules
): StroopSummary {
	const off = summarizeState(trials, 'off', rules);
	const on = summarizeState(trials, 'on', rules);
	const scored = trials.filter((trial) => trial.phase === 'test' && !trial.runAborted);
	const both = off.timeS !== null && on.timeS !== null;
	return {
		off_time_s: off.timeS,
		on_time_s: on.timeS,
		total_time_s: both ? on.timeS! + off.timeS! : null,
		on_minus_off_s: both ? on.timeS! - off.timeS! : null,
		off_time_rt_sum_s: off.rtSumS,
		on_time_rt_sum_s: on.rtSumS,
		total_time_rt_sum_s: both ? off.rtSumS! + on.rtSumS! : null,
		off_runs: off.runs,
		on_runs: on.runs,
		off_time_all_runs_s: off.timeAllRunsS,
		on_time_all_runs_s: on.timeAllRunsS,
		off_completed: off.completed,
		on_completed: on.completed,
		off_practice_runs: off.practiceRuns,
		on_practice_runs: on.practiceRuns,
		off_practice_result: off.practiceOutcome,
		on_practice_result: on.practiceOutcome,
		anticipations: scored.filter((trial) => trial.rtMs < anticipationMs).length,
		error_count: scored.filter((trial) => !trial.correct).length
	};
}
