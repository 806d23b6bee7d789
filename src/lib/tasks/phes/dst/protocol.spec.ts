import { describe, it, expect } from 'vitest';
import { dstForms, dstPracticeDigits } from './forms';
import { currentDigit, dstDeadlineMs, expire, respond, startDst, startDstPractice, type DstState } from './protocol';

const form = dstForms[0]!;
const right = (state: DstState) => state.key[currentDigit(state)! - 1]!;
const wrong = (state: DstState) => state.key[currentDigit(state)! % 9]!;

describe('startDst', () => {
	it('starts at the first item of the form with the clock at startMs', () => {
		const state = startDst(form, { timeLimitMs: 90_000, startMs: 1000 });
		expect(currentDigit(state)).toBe(form.sequence[0]);
		expect(dstDeadlineMs(state)).toBe(91_000);
		expect(state).toMatchObject({ formId: 'dst-1', phase: 'test', correct: 0, wrong: 0, ended: null });
	});

	it('refuses a missing or negative limit and a non-finite start', () => {
		expect(() => startDst(form, { timeLimitMs: 0, startMs: 0 })).toThrow(RangeError);
		expect(() => startDst(form, { timeLimitMs: NaN, startMs: 0 })).toThrow(RangeError);
		expect(() => startDst(form, { timeLimitMs: 90_000, startMs: Infinity })).toThrow(RangeError);
	});
});

describe('respond', () => {
	it('scores each response and moves on whether right or wrong', () => {
		let state = startDst(form, { timeLimitMs: 90_000, startMs: 500 });
		const first = respond(state, { glyphId: right(state), tMs: 1700 });
		expect(first.item).toEqual({
			index: 0,
			digit: form.sequence[0],
			expectedGlyph: form.key[form.sequence[0]! - 1],
			chosenGlyph: form.key[form.sequence[0]! - 1],
			correct: true,
			rtMs: 1200,
			tMs: 1700
		});
		state = first.state;
		const second = respond(state, { glyphId: wrong(state), tMs: 2600 });
		expect(second.item).toMatchObject({ index: 1, digit: form.sequence[1], correct: false, rtMs: 900 });
		expect(currentDigit(second.state)).toBe(form.sequence[2]);
		expect([second.state.correct, second.state.wrong, second.state.items.length]).toEqual([1, 1, 2]);
		// The earlier state is untouched.
		expect(state.items).toHaveLength(1);
	});

	it('counts a response exactly at the limit and ends on the first one after it', () => {
		let state = startDst(form, { timeLimitMs: 90_000, startMs: 250 });
		state = respond(state, { glyphId: right(state), tMs: 90_250 }).state;
		expect(state.items).toHaveLength(1);
		expect(state.ended).toBeNull();
		const late = respond(state, { glyphId: right(state), tMs: 90_250.001 });
		expect(late.item).toBeNull();
		expect(late.state.ended).toBe('time-limit');
		expect(late.state.correct).toBe(1);
		expect(currentDigit(late.state)).toBeNull();
		// Another click after the end is ignored, not an error.
		expect(respond(late.state, { glyphId: 'ring', tMs: 91_000 }).state).toBe(late.state);
	});

	it('refuses responses back in time and unknown glyphs', () => {
		const state = startDst(form, { timeLimitMs: 90_000, startMs: 1000 });
		expect(() => respond(state, { glyphId: 'ring', tMs: 999 })).toThrow(RangeError);
		expect(() => respond(state, { glyphId: 'letter-a' as never, tMs: 1001 })).toThrow(RangeError);
	});
});

describe('expire', () => {
	it('ends the test only once the time is past the deadline', () => {
		const state = startDst(form, { timeLimitMs: 120_000, startMs: 0 });
		expect(expire(state, 120_000)).toBe(state);
		expect(expire(state, 120_000.5).ended).toBe('time-limit');
	});

	it('never ends practice, which has no limit', () => {
		const practice = startDstPractice(form, { items: 10, startMs: 0 });
		expect(dstDeadlineMs(practice)).toBeNull();
		expect(expire(practice, 1e9)).toBe(practice);
	});
});

describe('startDstPractice', () => {
	it('runs the practice items with the form key and ends after the last', () => {
		let state = startDstPractice(form, { items: 10, startMs: 0 });
		expect(state.digits).toEqual(dstPracticeDigits(form, 10));
		for (let i = 0; i < 10; i++) state = respond(state, { glyphId: i === 4 ? wrong(state) : right(state), tMs: 1000 * (i + 1) }).state;
		expect(state).toMatchObject({ phase: 'practice', correct: 9, wrong: 1, ended: 'sequence-end' });
	});

	it('ends at once with no practice items', () => {
		expect(startDstPractice(form, { items: 0, startMs: 0 }).ended).toBe('sequence-end');
	});
});
