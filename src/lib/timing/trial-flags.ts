import { longestFrameDuring } from './frame-analysis';
import { isDisruptive, type Interruption } from './interruptions';

export type TrialFlag = 'anticipation' | 'dropped_frames' | 'interrupted' | 'onset_fallback';

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
