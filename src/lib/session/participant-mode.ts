// Participant mode, the same for every task: full screen and the wake lock from the examiner's
// click, the session started or resumed, its Web Lock held, interruptions logged, the page guarded
// against unloading, Esc to pause, continue, abort, and leaving with everything released.
// Plain TypeScript: the page renders the runner's screen and navigates when told.
import type { GuardOutcomes } from './screen-guards';
import { browserGuards, type ParticipantModeGuards } from './participant-mode-guards';
import { hasEnded, type ParticipantRunner } from './participant-runner';

/** A session started or resumed, with the runner that administers it (not begun yet). */
export interface OpenedSession<R extends ParticipantRunner> {
	sessionId: string;
	runner: R;
}

export type StartOutcome<T> = ({ ok: true } & T) | { ok: false; problem: string };

export interface ParticipantModeOptions {
	guards?: ParticipantModeGuards;
	/** After leaving (everything released, full screen left): the page goes elsewhere. */
	onLeft?: (sessionId: string | null) => void | Promise<void>;
}

export class ParticipantMode<R extends ParticipantRunner> {
	readonly #guards: ParticipantModeGuards;
	readonly #onLeft: ParticipantModeOptions['onLeft'];
	#runner: R | null = null;
	#sessionId: string | null = null;
	#stoppers: (() => void)[] = [];

	constructor(options: ParticipantModeOptions = {}) {
		this.#guards = options.guards ?? browserGuards;
		this.#onLeft = options.onLeft;
	}

	/** The runner while participant mode is on; null before the start and after leaving. */
	get runner(): R | null {
		return this.#runner;
	}

	/** The session started or resumed here (kept after leaving, for the page to link to). */
	get sessionId(): string | null {
		return this.#sessionId;
	}

	/** The participant cannot navigate away while a task runs; the examiner leaves through the pause screen. */
	get blocksNavigation(): boolean {
		return this.#runner !== null && !hasEnded(this.#runner);
	}

	/**
	 * Call from the examiner's click: full screen needs that user gesture, so it is asked first.
	 * `open` starts or resumes the session with what full screen and the wake lock gave. On
	 * failure both are given back and the reason is returned for the examiner.
	 */
	async start<T extends OpenedSession<R>>(open: (outcomes: GuardOutcomes) => Promise<T>): Promise<StartOutcome<T>> {
		const fullscreen = await this.#guards.enterFullscreen();
		const wakeLock = await this.#guards.acquireWakeLock();
		let opened: T;
		try {
			opened = await open({ fullscreen, wakeLock: wakeLock.outcome });
		} catch (error) {
			wakeLock.release();
			await this.#guards.exitFullscreen();
			return { ok: false, problem: `The session could not be started: ${error instanceof Error ? error.message : String(error)}` };
		}
		// Held for as long as this page runs it: a reload leaves it interrupted, ready to be resumed.
		const releaseSessionLock = await this.#guards.holdSessionLock(opened.sessionId);
		const runner = opened.runner;
		const endParticipantModeHere = this.#guards.lockExaminerPages();
		this.#stoppers = [
			endParticipantModeHere,
			this.#guards.watchInterruptions((interruption) => runner.interrupted(interruption)),
			this.#guards.guardUnload(() => runner.screen.kind !== 'finished'),
			releaseSessionLock,
			wakeLock.release,
			() => runner.dispose()
		];
		this.#runner = runner;
		this.#sessionId = opened.sessionId;
		runner.begin();
		return { ok: true, ...opened };
	}

	/** Esc: pauses a running task; leaves a finished or failed one. */
	async escape(timeStampMs: number): Promise<'paused' | 'left' | 'ignored'> {
		const runner = this.#runner;
		if (!runner) return 'ignored';
		if (hasEnded(runner)) {
			await this.leave();
			return 'left';
		}
		void runner.pause('examiner', timeStampMs);
		return 'paused';
	}

	/** The examiner lets the participant go on: full screen again (a click), then the task. */
	async continueAfterPause(timeStampMs: number): Promise<void> {
		await this.#guards.enterFullscreen();
		await this.#runner?.continueAfterPause(timeStampMs);
	}

	/** The examiner aborted after confirming: the session is kept, marked abandoned, and left. */
	async abort(timeStampMs: number): Promise<void> {
		await this.#runner?.abandon('examiner aborted the session', timeStampMs);
		await this.leave();
	}

	/** Releases everything, leaves full screen, then lets the page go elsewhere. */
	async leave(): Promise<void> {
		this.dispose();
		await this.#guards.exitFullscreen();
		await this.#onLeft?.(this.#sessionId);
	}

	/** Releases everything this page holds (the page is going away); each stopper runs once. */
	dispose(): void {
		const stoppers = this.#stoppers;
		this.#stoppers = [];
		this.#runner = null;
		for (const stop of stoppers) stop();
	}
}
