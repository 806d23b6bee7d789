// The examiner lock as the pages see it: whether a PIN is set, whether examiner pages are open,
// whether this page runs participant mode (then it keeps showing the task). The rules are in
// session/examiner-lock; this class reads and writes the laptop's store, follows other tabs, and
// watches for inactivity on open examiner pages only — never while a task runs.
import { hashPin, pinMatches } from '../session/examiner-lock/pin-hash';
import { afterAttempt, blockedForMs, locked, lockedIfIdle, withActivity, type LockState } from '../session/examiner-lock/lock-policy';
import type { LaptopSettings } from '../session/examiner-lock/laptop-settings';
import {
	browserStore,
	lockKey,
	laptopSettingsKey,
	pinKey,
	readLaptopSettings,
	readLockState,
	readPinHash,
	writeLaptopSettings,
	writeLockState,
	writePinHash
} from '../session/examiner-lock/laptop-store';
import { onParticipantModeChange, participantModeHere } from '../session/examiner-lock/participant-lock';

export type PinAttempt = 'right' | 'wrong' | 'blocked';

/** How often an open, idle examiner page checks whether its time is up. */
const idleCheckMs = 15_000;
/** Activity is written at most this often (the idle limit is in minutes). */
const activityWriteMs = 10_000;

class ExaminerLock {
	readonly #store = browserStore();
	pinSet = $state(false);
	state = $state<LockState>(readLockState(this.#store));
	settings = $state<LaptopSettings>(readLaptopSettings(this.#store));
	participantModeHere = $state(participantModeHere());
	#lastWrittenActivityMs = 0;

	constructor() {
		this.#reload();
	}

	/** Examiner pages may be shown. */
	get open(): boolean {
		return this.pinSet && this.state.unlocked;
	}

	/** What this page may show: examiner pages when open, and the task while participant mode runs here. */
	get showsPage(): boolean {
		return this.participantModeHere || this.open;
	}

	blockedForMs(nowMs = Date.now()): number {
		return blockedForMs(this.state, nowMs);
	}

	/** First start: keeps the new PIN's hash and opens the examiner pages. */
	async setPin(pin: string): Promise<void> {
		writePinHash(this.#store, await hashPin(pin));
		this.#write(afterAttempt(this.state, true, Date.now()));
		this.pinSet = true;
	}

	/** Checks a typed PIN; a blocked laptop takes no attempt. */
	async tryPin(pin: string): Promise<PinAttempt> {
		const stored = readPinHash(this.#store);
		if (!stored) {
			this.#reload();
			return 'wrong';
		}
		if (this.blockedForMs() > 0) return 'blocked';
		const right = await pinMatches(pin, stored);
		this.#write(afterAttempt(readLockState(this.#store), right, Date.now()));
		return right ? 'right' : this.blockedForMs() > 0 ? 'blocked' : 'wrong';
	}

	lockNow(): void {
		this.#write(locked(this.state, 'examiner'));
	}

	saveSettings(settings: LaptopSettings): void {
		writeLaptopSettings(this.#store, settings);
		this.settings = settings;
	}

	/** Starts watching (from the layout); returns the function that stops. */
	watch(): () => void {
		const onActivity = () => this.#activity();
		const onStorage = (event: StorageEvent) => {
			if (event.key === null || [pinKey, lockKey, laptopSettingsKey].includes(event.key)) this.#reload();
		};
		let timer: ReturnType<typeof setInterval> | null = null;
		const idleCheck = () => this.#checkIdle();
		// While a task runs nothing of the lock listens: no listener runs before a response's handler.
		const watchUse = () => {
			if (timer !== null) return;
			timer = setInterval(idleCheck, idleCheckMs);
			addEventListener('pointerdown', onActivity, { capture: true, passive: true });
			addEventListener('keydown', onActivity, { capture: true, passive: true });
		};
		const stopWatchingUse = () => {
			if (timer === null) return;
			clearInterval(timer);
			timer = null;
			removeEventListener('pointerdown', onActivity, { capture: true });
			removeEventListener('keydown', onActivity, { capture: true });
		};
		const stopFollowing = onParticipantModeChange((active) => {
			this.participantModeHere = active;
			this.#reload();
			if (active) stopWatchingUse();
			else watchUse();
		});
		const onReturn = () => void (document.visibilityState === 'visible' && idleCheck());
		addEventListener('storage', onStorage);
		addEventListener('focus', onReturn);
		document.addEventListener('visibilitychange', onReturn);
		if (!this.participantModeHere) watchUse();
		return () => {
			stopWatchingUse();
			stopFollowing();
			removeEventListener('storage', onStorage);
			removeEventListener('focus', onReturn);
			document.removeEventListener('visibilitychange', onReturn);
		};
	}

	#reload(): void {
		this.pinSet = readPinHash(this.#store) !== null;
		this.settings = readLaptopSettings(this.#store);
		this.state = readLockState(this.#store);
		this.#checkIdle();
	}

	#checkIdle(): void {
		if (this.participantModeHere) return;
		const next = lockedIfIdle(this.state, Date.now(), this.settings.lockAfterIdleMin * 60_000);
		if (next !== this.state) this.#write(next);
	}

	#activity(): void {
		if (this.participantModeHere || !this.open) return;
		const nowMs = Date.now();
		if (nowMs - this.#lastWrittenActivityMs < activityWriteMs) return;
		// Time may have run out before this first input (a laptop woken from sleep).
		this.#checkIdle();
		if (!this.state.unlocked) return;
		this.#lastWrittenActivityMs = nowMs;
		this.#write(withActivity(this.state, nowMs));
	}

	#write(state: LockState): void {
		writeLockState(this.#store, state);
		this.state = state;
	}
}

export const examinerLock = new ExaminerLock();
