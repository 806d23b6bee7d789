import type { EventRecord, TrialRecord } from '../model/records';

export interface TimingQuality {
	trials: number;
	droppedFrameTrials: number;
	interruptedTrials: number;
	anticipations: number;
	onsetFallbacks: number;
	/** Interruptions and examiner actions, in order. */
	incidents: EventRecord[];
}

const incidentTypes = new Set(['visibility_hidden', 'blur', 'fullscreen_exit', 'resize', 'paused', 'run_aborted', 'session_interrupted', 'resumed', 'aborted_by_examiner', 'closed_by_examiner']);

/** What a psychometrician needs to judge a session's timing, counted from its trials and events. */
export function timingQuality(trials: readonly TrialRecord[], events: readonly EventRecord[]): TimingQuality {
	const count = (flag: string) => trials.filter((t) => t.flags.includes(flag)).length;
	return {
		trials: trials.length,
		droppedFrameTrials: count('dropped_frames'),
		interruptedTrials: count('interrupted'),
		anticipations: count('anticipation'),
		onsetFallbacks: count('onset_fallback'),
		incidents: events.filter((e) => incidentTypes.has(e.type))
	};
}
