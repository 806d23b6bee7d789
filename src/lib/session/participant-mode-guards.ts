// The browser facilities participant mode holds while a task runs, behind one interface so the
// lifecycle can be tested in Node with fakes.
import { enterFullscreen, exitFullscreen, ScreenWakeLock, type GuardOutcome } from './screen-guards';
import { holdSessionLock } from './session-lock';
import { lockForParticipantMode } from './examiner-lock/participant-lock';
import { guardUnload } from './unload-guard';
import { watchInterruptions, type Interruption } from '../timing/interruptions';

export interface ParticipantModeGuards {
	/** Must run from the examiner's click (a user gesture). */
	enterFullscreen(): Promise<GuardOutcome>;
	exitFullscreen(): Promise<void>;
	acquireWakeLock(): Promise<{ outcome: GuardOutcome; release: () => void }>;
	/** Holds the session's Web Lock until the returned function is called. */
	holdSessionLock(sessionId: string): Promise<() => void>;
	/** Starts listening; returns the function that stops. */
	watchInterruptions(onInterruption: (interruption: Interruption) => void): () => void;
	/** Asks before the page is closed while `running()`; returns the remover. */
	guardUnload(running: () => boolean): () => void;
	/** Locks the examiner pages (the PIN opens them again); returns the function that ends participant mode here. */
	lockExaminerPages(): () => void;
}

export const browserGuards: ParticipantModeGuards = {
	enterFullscreen: () => enterFullscreen(),
	exitFullscreen,
	async acquireWakeLock() {
		const wakeLock = new ScreenWakeLock();
		const outcome = await wakeLock.acquire();
		return { outcome, release: () => void wakeLock.release() };
	},
	holdSessionLock,
	watchInterruptions,
	guardUnload,
	lockExaminerPages: () => lockForParticipantMode()
};
