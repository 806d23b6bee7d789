import { describe, expect, it } from 'vitest';
import { afterAttempt, blockedForMs, blockMs, locked, lockedIfIdle, lockedState, maxWrongPins, parseLockState, withActivity } from './lock-policy';

const open = afterAttempt(lockedState('first-start'), true, 1_000);

describe('examiner lock', () => {
	it('opens with the right PIN and records that moment as the last activity', () => {
		expect(open).toEqual({ unlocked: true, lockedBecause: 'first-start', lastActivityAtMs: 1_000, wrongPins: 0, blockedUntilMs: 0 });
	});

	it('locks after the idle limit has passed since the last activity, not before', () => {
		const active = withActivity(open, 60_000);
		expect(lockedIfIdle(active, 60_000 + 599_999, 600_000).unlocked).toBe(true);
		expect(lockedIfIdle(active, 60_000 + 600_000, 600_000)).toMatchObject({ unlocked: false, lockedBecause: 'inactivity' });
	});

	it('records no activity while locked, so typing at the PIN screen does not keep it open', () => {
		const closed = locked(open, 'participant-mode');
		expect(withActivity(closed, 99_000)).toBe(closed);
		expect(closed.lockedBecause).toBe('participant-mode');
	});

	it('blocks every attempt for a minute after five wrong PINs in a row', () => {
		let state = lockedState('inactivity');
		for (let i = 1; i < maxWrongPins; i++) {
			state = afterAttempt(state, false, 10_000 + i);
			expect(blockedForMs(state, 10_000 + i)).toBe(0);
		}
		state = afterAttempt(state, false, 20_000);
		expect(state.unlocked).toBe(false);
		expect(blockedForMs(state, 20_000)).toBe(blockMs);
		expect(blockedForMs(state, 20_000 + blockMs - 1)).toBe(1);
		expect(blockedForMs(state, 20_000 + blockMs)).toBe(0);
		// After the minute, five more tries; the right PIN clears the count.
		expect(state.wrongPins).toBe(0);
		expect(afterAttempt(afterAttempt(state, false, 90_000), true, 91_000)).toMatchObject({ unlocked: true, wrongPins: 0, blockedUntilMs: 0 });
	});

	it('reads anything unreadable as locked, never as open', () => {
		expect(parseLockState(null).unlocked).toBe(false);
		expect(parseLockState({ unlocked: 'yes' }).unlocked).toBe(false);
		expect(parseLockState(JSON.parse(JSON.stringify(open)))).toEqual(open);
		expect(parseLockState({ ...open, wrongPins: 40 }).wrongPins).toBe(maxWrongPins - 1);
	});
});
