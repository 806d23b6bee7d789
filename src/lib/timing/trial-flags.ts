import { longestFrameDuring } from './frame-analysis';
import { isDisruptive, type Interruption } from './interruptions';

export type TrialFlag = 'anticipation' | 'dropped_frames' | 'interrupted' | 'onset_fallback';

/** What each trial flag means, as the codebook says it; every flag a trial can carry is here. */
export const trialFlagDescriptions: Readonly<Record<TrialFlag, string>> = {
	anticipation: 'Response time below the anticipation threshold of the run (parameter anticipation_ms)',
	dropped_frames: 'An animation-frame interval between onset and response was over 1.5 refresh intervals',
	interrupted: 'The page was hidden, lost focus, left full screen or was resized during the trial (or, in the PHES, since the previous row)',
	onset_fallback: 'Onset measured by the fallback method instead of the one the browser should give'
};

export interface TrialTiming {
	onsetMs: number;
	responseMs: number;
	rtMs: number;
	onsetMethod: string;
	/** The method the browser should give; a trial that had to fall back is flagged. */
	expectedOnsetMethod: string;
	frameTimesMs: readonly number[];
	frameIntervalMs: number;
	/** Interruptions from the previous response to this one. */
	interruptions: readonly Interruption[];
	anticipationMs: number;
}

/**
 * The timing-quality flags of one trial. Flags never reject a trial: the response is kept and
 * the psychometrician decides. `longestFrameMs` is kept with the trial so the flag can be checked.
 */
export function trialFlags(timing: TrialTiming): { flags: TrialFlag[]; longestFrameMs: number } {
	const flags: TrialFlag[] = [];
	if (timing.rtMs < timing.anticipationMs) flags.push('anticipation');
	const frames = longestFrameDuring(timing.frameTimesMs, timing.onsetMs, timing.responseMs, timing.frameIntervalMs);
	if (frames.dropped) flags.push('dropped_frames');
	if (timing.interruptions.some(isDisruptive)) flags.push('interrupted');
	if (timing.onsetMethod !== timing.expectedOnsetMethod) flags.push('onset_fallback');
	return { flags, longestFrameMs: frames.longestIntervalMs };
}
