// The SDT as a pure, immutable state machine over pointer samples in sheet units (clinical-spec
// §2). A dot is a pointer 'down'; moves and ups draw nothing. The n-th dot belongs to the n-th
// circle in row order, wherever it lands: the participant works row by row and the sheet cannot
// know which circle a stray dot was meant for, so a dot far from the due circle still uses up that
// circle and is a miss (its coordinates and distance are kept). Time runs from first to last dot.
import { distance, insideCircle } from '../../shared/geometry';
import type { PointerSample } from '../../../model/pointer-sample';
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

export interface SdtState {
	readonly circles: readonly SdtCircle[];
	readonly dots: readonly SdtDot[];
	readonly finished: boolean;
}

export type SdtEvent = { type: 'dot'; dot: SdtDot } | { type: 'finish'; tMs: number; timeS: number };

export interface SdtFeedResult {
	state: SdtState;
	events: SdtEvent[];
}

export function startSdt(layout: { circles: readonly SdtCircle[] }): SdtState {
	if (layout.circles.length < 1) throw new RangeError('An SDT needs at least 1 circle');
	return { circles: layout.circles, dots: [], finished: false };
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

/** Feeds one pointer sample: a 'down' dots the next circle; anything else, or any sample after the finish, changes nothing. */
export function feedSdtSample(state: SdtState, sample: PointerSample): SdtFeedResult {
	if (state.finished || sample.phase !== 'down') return { state, events: [] };
	const index = state.dots.length;
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
	const dots = [...state.dots, dot];
	const next: SdtState = { ...state, dots, finished: dots.length === state.circles.length };
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
