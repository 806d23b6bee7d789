// The NCT as a pure, immutable state machine over pointer samples in sheet units (clinical-spec
// §2). No DOM and no clock: times are the samples' tMs. The participant connects the circles in
// order; entering a wrong circle is an error that is shown and pointed back from, and the test
// simply continues, so errors only add time, as on paper.
import { distance, insideCircle } from '../../shared/geometry';
import type { Point, PointerSample } from '../../../model/pointer-sample';
import type { NctCircle } from './layout';

export interface NctError {
	/** The wrong circle entered. */
	index: number;
	label: string;
	tMs: number;
	/** The target that was due when the error was made. */
	expectedIndex: number;
}

/** Drawing: the pen-down trace enters circles. Tapping: only a touch (a 'down') enters a circle; nothing is drawn. */
export type NctInputMode = 'draw' | 'tap';

export interface NctState {
	readonly circles: readonly NctCircle[];
	readonly inputMode: NctInputMode;
	/** Index of the target due next; equals the number of circles once finished. */
	readonly nextIndex: number;
	/** tMs of reaching each target so far, in order; the first starts the clock. */
	readonly reachedMs: readonly number[];
	readonly errors: readonly NctError[];
	/**
	 * After an error: the circle to point back to, the last one reached correctly (circle 1 if
	 * none was). Null again once the due target is reached.
	 */
	readonly pointBackTo: number | null;
	/** Circle the pen is in now, so staying inside a wrong circle is one error, not one per sample. */
	readonly insideIndex: number | null;
	readonly penDown: boolean;
	/** Last pen-down sample, for the drawn path length. */
	readonly lastPoint: Point | null;
	/** Distance drawn with the pen down from reaching circle 1 to reaching the last circle. */
	readonly pathLengthUnits: number;
	/** Samples fed until the test finished (hover moves included). */
	readonly samples: number;
	readonly finished: boolean;
}

export type NctEvent =
	| { type: 'hit'; index: number; label: string; tMs: number }
	| { type: 'error'; index: number; label: string; tMs: number; pointBackTo: number }
	| { type: 'finish'; tMs: number; timeS: number };

export interface NctFeedResult {
	state: NctState;
	events: NctEvent[];
}

export function startNct(layout: { circles: readonly NctCircle[] }, inputMode: NctInputMode = 'draw'): NctState {
	if (layout.circles.length < 2) throw new RangeError('An NCT needs at least 2 circles');
	return {
		circles: layout.circles,
		inputMode,
		nextIndex: 0,
		reachedMs: [],
		errors: [],
		pointBackTo: null,
		insideIndex: null,
		penDown: false,
		lastPoint: null,
		pathLengthUnits: 0,
		samples: 0,
		finished: false
	};
}

/**
 * Time from first reaching circle 1 to reaching the last circle, in seconds; null until finished.
 * @example reached at tMs 1000 and 31 500 → 30.5
 */
export function nctTimeS(state: NctState): number | null {
	if (!state.finished) return null;
	return (state.reachedMs[state.reachedMs.length - 1]! - state.reachedMs[0]!) / 1000;
}

/** The circle a pen-down sample newly entered, or null (outside all, or still in the same one). */
function enteredCircle(state: NctState, sample: PointerSample, inside: number | null): number | null {
	if (inside === null) return null;
	// A fresh touch always counts as entering, so a tap is an entry even on the circle just left.
	return sample.phase === 'down' || inside !== state.insideIndex ? inside : null;
}

/**
 * Feeds one pointer sample. Hover moves (pen up) only count as samples; a 'down', and (drawing)
 * 'move' or 'up' while down, are drawn. Entering the due target is a hit, an already reached circle is
 * ignored, any other circle is one error per entry. Samples after the finish change nothing.
 */
export function feedSample(state: NctState, sample: PointerSample): NctFeedResult {
	if (state.finished) return { state, events: [] };
	const samples = state.samples + 1;
	if (sample.phase !== 'down' && !state.penDown) return { state: { ...state, samples }, events: [] };
	// Tapping: moving with the pen down enters nothing and draws nothing.
	if (state.inputMode === 'tap' && sample.phase !== 'down') {
		return { state: { ...state, samples, penDown: sample.phase !== 'up', insideIndex: null, lastPoint: null }, events: [] };
	}

	// Only lines drawn while the clock runs count towards the path, i.e. after circle 1.
	const continuing = sample.phase !== 'down' && state.lastPoint !== null;
	const drawn = continuing && state.reachedMs.length > 0 ? distance(state.lastPoint!, sample) : 0;
	const found = state.circles.findIndex((c) => insideCircle(sample, c));
	const inside = found >= 0 ? found : null;
	const entered = enteredCircle(state, sample, inside);
	const penDown = sample.phase !== 'up';
	let next: NctState = {
		...state,
		samples,
		pathLengthUnits: state.pathLengthUnits + drawn,
		penDown,
		insideIndex: penDown ? inside : null,
		lastPoint: penDown ? { x: sample.x, y: sample.y } : null
	};
	const events: NctEvent[] = [];
	if (entered === null || entered < state.nextIndex) return { state: next, events };

	const circle = state.circles[entered]!;
	if (entered === state.nextIndex) {
		const reachedMs = [...state.reachedMs, sample.tMs];
		const finished = reachedMs.length === state.circles.length;
		next = { ...next, nextIndex: entered + 1, reachedMs, pointBackTo: null, finished };
		events.push({ type: 'hit', index: entered, label: circle.label, tMs: sample.tMs });
		if (finished) events.push({ type: 'finish', tMs: sample.tMs, timeS: nctTimeS(next)! });
		return { state: next, events };
	}
	// Before circle 1 is reached there is no last correct circle: point to circle 1 itself.
	const pointBackTo = Math.max(0, state.nextIndex - 1);
	const error: NctError = { index: entered, label: circle.label, tMs: sample.tMs, expectedIndex: state.nextIndex };
	next = { ...next, errors: [...state.errors, error], pointBackTo };
	events.push({ type: 'error', index: entered, label: circle.label, tMs: sample.tMs, pointBackTo });
	return { state: next, events };
}

/** Feeds samples in order; handy for replaying a stored trace. */
export function feedSamples(state: NctState, samples: Iterable<PointerSample>): NctFeedResult {
	let current = state;
	const events: NctEvent[] = [];
	for (const sample of samples) {
		const result = feedSample(current, sample);
		current = result.state;
		events.push(...result.events);
	}
	return { state: current, events };
}
