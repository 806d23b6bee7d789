// When examiner pages are open, as a pure function of the stored lock state and the time: the
// right PIN opens them; participant mode, inactivity or the examiner close them; five wrong PINs
// in a row block every attempt for a minute. Kept in the browser's storage so a reload, a second
// tab or a reopened laptop sees the same state.

export type LockReason = 'first-start' | 'participant-mode' | 'inactivity' | 'examiner';

export interface LockState {
	unlocked: boolean;
	/** Why the pages were locked last (shown on the PIN screen). */
	lockedBecause: LockReason;
	/** Last examiner input on an open examiner page (epoch ms). */
	lastActivityAtMs: number;
	/** Wrong PINs in a row since the last right one or the last block. */
	wrongPins: number;
	/** No attempt is taken before this moment (epoch ms); 0 when not blocked. */
	blockedUntilMs: number;
}

export const maxWrongPins = 5;
export const blockMs = 60_000;

export const lockedState = (reason: LockReason): LockState => ({ unlocked: false, lockedBecause: reason, lastActivityAtMs: 0, wrongPins: 0, blockedUntilMs: 0 });

export function locked(state: LockState, reason: LockReason): LockState {
	return state.unlocked ? { ...state, unlocked: false, lockedBecause: reason } : state;
}

/** The state as the examiner finds it at `nowMs`: open pages left alone for `idleLimitMs` or longer are locked. */
export function lockedIfIdle(state: LockState, nowMs: number, idleLimitMs: number): LockState {
	return state.unlocked && nowMs - state.lastActivityAtMs >= idleLimitMs ? locked(state, 'inactivity') : state;
}

export function withActivity(state: LockState, nowMs: number): LockState {
	return state.unlocked ? { ...state, lastActivityAtMs: nowMs } : state;
}

/** Milliseconds until a PIN may be tried again; 0 when it may now. */
export function blockedForMs(state: LockState, nowMs: number): number {
	return Math.max(0, state.blockedUntilMs - nowMs);
}

/** The state after a PIN was checked at `nowMs` (never call while blocked: the attempt is refused unchecked). */
export function afterAttempt(state: LockState, right: boolean, nowMs: number): LockState {
	if (right) return { unlocked: true, lockedBecause: state.lockedBecause, lastActivityAtMs: nowMs, wrongPins: 0, blockedUntilMs: 0 };
	const wrongPins = state.wrongPins + 1;
	if (wrongPins >= maxWrongPins) return { ...state, wrongPins: 0, blockedUntilMs: nowMs + blockMs };
	return { ...state, wrongPins };
}

/** A stored value read back; anything unreadable counts as locked (never as open). */
export function parseLockState(value: unknown): LockState {
	if (typeof value !== 'object' || value === null) return lockedState('first-start');
	const v = value as Record<string, unknown>;
	const reasons: LockReason[] = ['first-start', 'participant-mode', 'inactivity', 'examiner'];
	const number = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
	return {
		unlocked: v.unlocked === true,
		lockedBecause: reasons.includes(v.lockedBecause as LockReason) ? (v.lockedBecause as LockReason) : 'examiner',
		lastActivityAtMs: number(v.lastActivityAtMs),
		wrongPins: Math.min(maxWrongPins - 1, Math.max(0, Math.trunc(number(v.wrongPins)))),
		blockedUntilMs: number(v.blockedUntilMs)
	};
}
