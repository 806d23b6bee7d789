// Reads the Stroop's stored trials back into protocol terms: for resuming and for the summary.
import type { TrialRecord } from '../../model/records';
import { isStroopColour } from './colours';
import { replayLog, type StroopAnswer, type StroopProgress, type StroopProtocolConfig } from './protocol';
import type { StroopPhase, StroopState } from './sequence';
import type { StroopTrialResult } from './results';

function answerOf(trial: TrialRecord): StroopAnswer {
	const { state, phase, run, response } = trial.values;
	if (!isStroopColour(response)) throw new Error(`Stored Stroop trial ${trial.seq} has no valid response`);
	return { state: state as StroopState, phase: phase as StroopPhase, runNumber: Number(run), response };
}

/** Where the participant resumes after an interruption: at the start of the interrupted run. */
export function resumeProgress(config: StroopProtocolConfig, trials: readonly TrialRecord[]): StroopProgress {
	return replayLog(config, trials.map(answerOf)).progress;
}

/** The stored trials with each one's run marked aborted when its run was interrupted. */
export function stroopTrialResults(config: StroopProtocolConfig, trials: readonly TrialRecord[]): StroopTrialResult[] {
	const { abortedRuns } = replayLog(config, trials.map(answerOf));
	const aborted = new Set(abortedRuns.map((r) => `${r.state}/${r.phase}/${r.runNumber}`));
	return trials.map((trial) => {
		const v = trial.values;
		return {
			state: v.state as StroopState,
			phase: v.phase as StroopPhase,
			runNumber: Number(v.run),
			index: Number(v.index),
			correct: v.correct === true,
			onsetMs: Number(v.onset_ms),
			responseMs: Number(v.response_ms),
			rtMs: Number(v.rt_ms),
			runAborted: aborted.has(`${v.state}/${v.phase}/${v.run}`)
		};
	});
}
