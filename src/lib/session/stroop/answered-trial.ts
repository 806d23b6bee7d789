// One answered Stroop trial as it is stored: its declared values and timing flags, made from the
// stimulus, its measured onset, the response and the frames around them. Plain data in, plain data out.
import type { CellValue } from '../../model/records';
import type { Interruption } from '../../timing/interruptions';
import type { Onset, OnsetMethod } from '../../timing/onset';
import { responseTimeMs, type StampedResponse } from '../../timing/response';
import { trialFlags, type TrialFlag } from '../../timing/trial-flags';
import type { StroopColour } from '../../tasks/stroop/colours';
import type { StroopStimulus } from '../../tasks/stroop/sequence';
import type { StroopTrialColumn } from '../../tasks/stroop/definition';

export interface AnsweredTrial {
	stimulus: StroopStimulus;
	onset: Onset;
	answer: StampedResponse<StroopColour>;
	correct: boolean;
	/** The response that put this stimulus on screen; null for a run's first stimulus. */
	previousResponseMs: number | null;
	/** From the last frame at or before the onset to the first stamped after the response. */
	frameTimesMs: readonly number[];
	/** Interruptions that fell in this trial. */
	interruptions: readonly Interruption[];
	expectedOnsetMethod: OnsetMethod;
	frameIntervalMs: number;
	anticipationMs: number;
}

export function answeredTrialRecord(trial: AnsweredTrial): { values: Record<StroopTrialColumn, CellValue>; flags: TrialFlag[] } {
	const { stimulus, onset, answer } = trial;
	const rtMs = responseTimeMs(onset.onsetMs, answer.responseMs)!;
	const { flags, longestFrameMs } = trialFlags({
		onsetMs: onset.onsetMs,
		responseMs: answer.responseMs,
		rtMs,
		onsetMethod: onset.method,
		expectedOnsetMethod: trial.expectedOnsetMethod,
		frameTimesMs: trial.frameTimesMs,
		frameIntervalMs: trial.frameIntervalMs,
		interruptions: trial.interruptions,
		anticipationMs: trial.anticipationMs
	});
	const values: Record<StroopTrialColumn, CellValue> = {
		state: stimulus.state,
		phase: stimulus.phase,
		run: stimulus.runNumber,
		index: stimulus.index,
		word: stimulus.word,
		word_colour: stimulus.wordColour,
		ink: stimulus.ink,
		response: answer.response,
		correct: trial.correct,
		onset_ms: onset.onsetMs,
		response_ms: answer.responseMs,
		rt_ms: rtMs,
		modality: answer.modality,
		onset_method: onset.method,
		longest_frame_ms: longestFrameMs,
		gap_ms: trial.previousResponseMs === null ? null : onset.onsetMs - trial.previousResponseMs
	};
	return { values, flags };
}
