// The digit symbol test as a pure, immutable state machine (clinical-spec §2, DST). No DOM and no
// clock: the view passes in the onset of the first item and each response's event timeStamp.
//
// Timing rule: the clock starts at `startMs`, the onset of the first item (the moment the key and
// the first digit are on screen), as the paper test starts at "go". A response at or before
// `startMs + timeLimitMs` counts; a later one is not counted and ends the test. Every response,
// right or wrong, moves on to the next item, as on paper.
import { dstPracticeDigits, type DstDigit, type DstForm } from './forms';
import { isDstGlyphId, type DstGlyphId } from './glyphs';

export type DstPhase = 'practice' | 'test';
/** Why the test ended: the time limit passed, or (practice, or an impossibly fast participant) no items were left. */
export type DstEndReason = 'time-limit' | 'sequence-end';

export interface DstItemResult {
	/** Position in the sequence, from 0. */
	index: number;
	digit: DstDigit;
	expectedGlyph: DstGlyphId;
	chosenGlyph: DstGlyphId;
	correct: boolean;
	/** From the previous response, or from `startMs` for the first item. */
	rtMs: number;
	/** The response's event timeStamp, on the page time base. */
	tMs: number;
}

export interface DstState {
	readonly formId: string;
	readonly key: readonly DstGlyphId[];
	readonly phase: DstPhase;
	readonly digits: readonly DstDigit[];
	/** Onset of the first item: the clock starts here. */
	readonly startMs: number;
	/** Null in practice, which runs until its items are done. */
	readonly timeLimitMs: number | null;
	readonly items: readonly DstItemResult[];
	readonly correct: number;
	readonly wrong: number;
	readonly ended: DstEndReason | null;
}

export interface DstResponse {
	glyphId: DstGlyphId;
	tMs: number;
}

export interface DstRespondResult {
	state: DstState;
	/** The scored item; null when the response was not counted (after the limit, or after the end). */
	item: DstItemResult | null;
}

function assertTime(value: number, name: string): void {
	if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite time in ms, got ${value}`);
}

function begin(form: DstForm, phase: DstPhase, digits: readonly DstDigit[], startMs: number, timeLimitMs: number | null): DstState {
	assertTime(startMs, 'startMs');
	const ended = digits.length === 0 ? 'sequence-end' : null;
	return { formId: form.id, key: form.key, phase, digits, startMs, timeLimitMs, items: [], correct: 0, wrong: 0, ended };
}

/** The timed test over the form's sequence. */
export function startDst(form: DstForm, options: { timeLimitMs: number; startMs: number }): DstState {
	const { timeLimitMs, startMs } = options;
	if (!(Number.isFinite(timeLimitMs) && timeLimitMs > 0)) throw new RangeError(`Bad DST time limit ${timeLimitMs} ms`);
	return begin(form, 'test', form.sequence, startMs, timeLimitMs);
}

/** Unscored practice with the form's key: `items` items, no time limit. */
export function startDstPractice(form: DstForm, options: { items: number; startMs: number }): DstState {
	return begin(form, 'practice', dstPracticeDigits(form, options.items), options.startMs, null);
}

/** The last moment a response still counts; null without a time limit. */
export function dstDeadlineMs(state: DstState): number | null {
	return state.timeLimitMs === null ? null : state.startMs + state.timeLimitMs;
}

/** The digit to show now; null once the test has ended. */
export function currentDigit(state: DstState): DstDigit | null {
	return state.ended === null ? (state.digits[state.items.length] ?? null) : null;
}

/** The view's timer: once `nowMs` is past the deadline the test ends, without waiting for a response. */
export function expire(state: DstState, nowMs: number): DstState {
	assertTime(nowMs, 'nowMs');
	const deadline = dstDeadlineMs(state);
	if (state.ended !== null || deadline === null || nowMs <= deadline) return state;
	return { ...state, ended: 'time-limit' };
}

export function respond(state: DstState, response: DstResponse): DstRespondResult {
	const { glyphId, tMs } = response;
	assertTime(tMs, 'tMs');
	if (!isDstGlyphId(glyphId)) throw new RangeError(`Unknown DST glyph ${String(glyphId)}`);
	const previousMs = state.items[state.items.length - 1]?.tMs ?? state.startMs;
	if (tMs < previousMs) throw new RangeError(`DST response at ${tMs} ms precedes ${previousMs} ms`);
	// A click racing the timer, or after the last item, is ignored rather than an error.
	if (state.ended !== null) return { state, item: null };
	const deadline = dstDeadlineMs(state);
	if (deadline !== null && tMs > deadline) return { state: { ...state, ended: 'time-limit' }, item: null };

	const index = state.items.length;
	const digit = state.digits[index];
	if (digit === undefined) throw new Error('DST state has no current item but has not ended');
	const expectedGlyph = state.key[digit - 1];
	if (expectedGlyph === undefined) throw new Error(`DST key of ${state.formId} lacks digit ${digit}`);
	const correct = glyphId === expectedGlyph;
	const item: DstItemResult = { index, digit, expectedGlyph, chosenGlyph: glyphId, correct, rtMs: tMs - previousMs, tMs };
	const items = [...state.items, item];
	const next: DstState = {
		...state,
		items,
		correct: state.correct + (correct ? 1 : 0),
		wrong: state.wrong + (correct ? 0 : 1),
		ended: items.length >= state.digits.length ? 'sequence-end' : null
	};
	return { state: next, item };
}
