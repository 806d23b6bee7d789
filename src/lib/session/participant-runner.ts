// What the participant-mode lifecycle needs from a task's runner. Both the Stroop and the digital
// PHES runners satisfy it, so full screen, locks, interruptions and pause/abort are wired once.
import type { Interruption } from '../timing/interruptions';

export interface ParticipantRunner {
	/** The screen shown now; only its kind matters here ('paused', 'finished', 'failed', …). */
	readonly screen: { readonly kind: string };
	/** Shows the first screen (instructions), once the session is held. */
	begin(): void;
	/** Every visibility, focus, full-screen or size change, as it happens. */
	interrupted(interruption: Interruption): void;
	pause(reason: string, timeStampMs: number): void | Promise<void>;
	/** The examiner lets the participant go on (the interrupted part is given again). */
	continueAfterPause(timeStampMs: number): void | Promise<void>;
	/** The examiner aborted: what was answered is kept, the session marked abandoned. */
	abandon(reason: string, timeStampMs: number): Promise<void>;
	/** Stops timers and input; safe to call more than once. */
	dispose(): void;
}

/** Finished or failed: nothing runs any more, the examiner may leave. */
export function hasEnded(runner: ParticipantRunner): boolean {
	return runner.screen.kind === 'finished' || runner.screen.kind === 'failed';
}
