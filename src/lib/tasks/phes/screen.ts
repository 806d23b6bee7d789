// What the participant sees during the digital PHES, one screen at a time, and what the view may
// tell the thing that runs the battery. The runner is in the session layer; the view knows only this.
import type { PhesSubtestId, SubtestInput } from './subtest';

export type PhesScreen =
	| { kind: 'instructions'; subtest: PhesSubtestId; practice: boolean }
	| { kind: 'practice' | 'test'; subtest: PhesSubtestId; view: unknown; version: number }
	| { kind: 'paused' }
	| { kind: 'finished' }
	| { kind: 'failed'; message: string };

/** The participant's input, forwarded as it comes: bookkeeping and storage happen behind it. */
export interface PhesInput {
	/** The participant pressed Start on an instruction screen. */
	start(): Promise<void> | void;
	/** Event-stamped samples, choices, onsets and deadlines. */
	input(input: SubtestInput): void;
	/** The time limit of the item in progress (DST), if it has one. */
	readonly timeLimitMs: number | undefined;
}
