// The SDT as a pure, immutable state machine over pointer samples in sheet units (clinical-spec
// §2). A tap is a pointer 'down'; moves and ups draw nothing. Time runs from the first to the last
// counted dot; the test ends when every circle is dotted.
//
// Matching [D]: a tap inside an undotted circle dots that circle. A tap inside a circle dotted
// at most `doubleTapMs` before is a double tap: recorded, not counted, so it cannot shift later
// dots. Any other tap (outside every circle, or on a circle dotted earlier) dots the undotted
// circle nearest to it, the first in reading order on a tie, and is a miss. So a skipped circle
// stays open for a later dot, and stray taps use up circles as misses (100 taps on one spot dot
// every circle, nearly all of them misses).
import { distance, insideCircle } from '../../shared/geometry';
import type { Point, PointerSample } from '../../../model/pointer-sample';
import type { SdtCircle } from './layout';

export interface SdtDot {
	/** Position of the circle in row order, from 0. */
	index: number;
	row: number;
	column: number;
	x: number;
	y: number;
	/** From the circle's centre, in sheet units. */
	distanceUnits: number;
	/** False is a miss. */
	inside: boolean;
	tMs: number;
}

/** Every tap in order: a counted dot, or an ignored double tap on the circle it landed in. */
export interface SdtTap extends SdtDot {
	ignored: boolean;
}

export interface SdtProtocolOptions {
	/** A second tap on a circle within this time of its dot is a double tap, not counted. */
	doubleTapMs: number;
}

/** 300 ms: far below the time anyone needs to move on to the next circle, above a bounce of the finger. */
export const defaultSdtProtocolOptions: SdtProtocolOptions = { doubleTapMs: 300 };

export interface SdtState {
	readonly circles: readonly SdtCircle[];
	readonly options: SdtProtocolOptions;
	/** Counted dots in the order they were made (at most one per circle). */
	readonly dots: readonly SdtDot[];
	readonly taps: readonly SdtTap[];
	readonly finished: boolean;
}

export type SdtEvent = { type: 'dot'; dot: SdtDot } | { type: 'ignored'; tap: SdtTap } | { type: 'finish'; tMs: number; timeS: number };

export interface SdtFeedResult {
	state: SdtState;
	events: SdtEvent[];
}

export function startSdt(layout: { circles: readonly SdtCircle[] }, options: SdtProtocolOptions = defaultSdtProtocolOptions): SdtState {
	if (layout.circles.length < 1) throw new RangeError('An SDT needs at least 1 circle');
	if (!(options.doubleTapMs >= 0)) throw new RangeError(`Bad doubleTapMs ${options.doubleTapMs}`);
	return { circles: layout.circles, options: { ...options }, dots: [], taps: [], finished: false };
}

/**
 * Time from the first to the last dot in seconds; null until every circle is dotted.
 * @example first dot at tMs 500, the hundredth at 40 500 → 40
 */
export function sdtTimeS(state: SdtState): number | null {
	if (!state.finished) return null;
	return (state.dots[state.dots.length - 1]!.tMs - state.dots[0]!.tMs) / 1000;
}

export function sdtMisses(state: SdtState): number {
	return state.dots.filter((d) => !d.inside).length;
}

export function sdtIgnoredTaps(state: SdtState): number {
	return state.taps.filter((t) => t.ignored).length;
}

/** Dots that went to another circle than the first undotted one in reading order. */
export function sdtOutOfOrderDots(state: SdtState): number {
	const dotted = new Set<number>();
	let outOfOrder = 0;
	for (const dot of state.dots) {
		let due = 0;
		while (dotted.has(due)) due++;
		if (dot.index !== due) outOfOrder++;
		dotted.add(dot.index);
	}
	return outOfOrder;
}

/** The undotted circle nearest to `p`; the first in reading order on a tie. */
function nearestUndotted(state: SdtState, p: Point, dotted: ReadonlySet<number>): number {
	let best = -1;
	let bestDistance = Infinity;
	state.circles.forEach((circle, i) => {
		const d = distance(p, circle);
		if (!dotted.has(i) && d < bestDistance) {
			best = i;
			bestDistance = d;
		}
	});
	return best;
}

/** Which circle a tap goes to, and whether it is an ignored double tap. */
function matchTap(state: SdtState, p: PointerSample): { index: number; ignored: boolean } {
	const dotted = new Set(state.dots.map((d) => d.index));
	const landedIn = state.circles.findIndex((c) => insideCircle(p, c));
	if (landedIn >= 0 && !dotted.has(landedIn)) return { index: landedIn, ignored: false };
	if (landedIn >= 0) {
		const dot = state.dots.find((d) => d.index === landedIn)!;
		if (p.tMs - dot.tMs <= state.options.doubleTapMs) return { index: landedIn, ignored: true };
	}
	return { index: nearestUndotted(state, p, dotted), ignored: false };
}

/** Feeds one pointer sample: a 'down' is a tap (see the rules above); anything else, or any sample after the finish, changes nothing. */
export function feedSdtSample(state: SdtState, sample: PointerSample): SdtFeedResult {
	if (state.finished || sample.phase !== 'down') return { state, events: [] };
	const { index, ignored } = matchTap(state, sample);
	const circle = state.circles[index]!;
	const dot: SdtDot = {
		index,
		row: circle.row,
		column: circle.column,
		x: sample.x,
		y: sample.y,
		distanceUnits: distance(sample, circle),
		inside: insideCircle(sample, circle),
		tMs: sample.tMs
	};
	const tap: SdtTap = { ...dot, ignored };
	const taps = [...state.taps, tap];
	if (ignored) return { state: { ...state, taps }, events: [{ type: 'ignored', tap }] };
	const dots = [...state.dots, dot];
	const next: SdtState = { ...state, dots, taps, finished: dots.length === state.circles.length };
	const events: SdtEvent[] = [{ type: 'dot', dot }];
	if (next.finished) events.push({ type: 'finish', tMs: sample.tMs, timeS: sdtTimeS(next)! });
	return { state: next, events };
}

/** Feeds samples in order; handy for replaying a stored trace. */
export function feedSdtSamples(state: SdtState, samples: Iterable<PointerSample>): SdtFeedResult {
	let current = state;
	const events: SdtEvent[] = [];
	for (const sample of samples) {
		const result = feedSdtSample(current, sample);
		current = result.state;
		events.push(...result.events);
	}
	return { state: current, events };
}
