// Participant mode asks for full screen and for the screen to stay awake. Both may be refused
// (no user gesture, policy, headless browser); the outcome is recorded, never assumed.

export type GuardOutcome = 'granted' | 'denied' | 'unsupported';

/** What full screen and the wake lock gave; stored with a new session or with its resume event. */
export interface GuardOutcomes {
	fullscreen: GuardOutcome;
	wakeLock: GuardOutcome;
}

/** Must be called from the examiner's click (a user gesture). */
export async function enterFullscreen(element: HTMLElement = document.documentElement): Promise<GuardOutcome> {
	if (!element.requestFullscreen) return 'unsupported';
	if (document.fullscreenElement) return 'granted';
	try {
		await element.requestFullscreen({ navigationUI: 'hide' });
		return 'granted';
	} catch {
		return 'denied';
	}
}

export async function exitFullscreen(): Promise<void> {
	if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}

/** Keeps the screen awake; the browser drops the lock when the page is hidden, so it is re-asked. */
export class ScreenWakeLock {
	#sentinel: WakeLockSentinel | null = null;
	#active = false;
	outcome: GuardOutcome = 'unsupported';

	async acquire(): Promise<GuardOutcome> {
		this.#active = true;
		document.addEventListener('visibilitychange', this.#reacquire);
		return this.#request();
	}

	async release(): Promise<void> {
		this.#active = false;
		document.removeEventListener('visibilitychange', this.#reacquire);
		await this.#sentinel?.release().catch(() => undefined);
		this.#sentinel = null;
	}

	#reacquire = () => {
		if (this.#active && document.visibilityState === 'visible') void this.#request();
	};

	async #request(): Promise<GuardOutcome> {
		if (!('wakeLock' in navigator)) return (this.outcome = 'unsupported');
		try {
			this.#sentinel = await navigator.wakeLock.request('screen');
			return (this.outcome = 'granted');
		} catch {
			return (this.outcome = 'denied');
		}
	}
}
