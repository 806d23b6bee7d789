// The line tracing test as a pure, immutable state machine over pointer samples in sheet units
// (clinical-spec §2, LTT). No DOM and no clock: times are the samples' own tMs.
//
// Rules [D]:
// - The clock starts when the pen-down trace enters the start area (at the crossing, or at the
//   pen-down sample if it lands inside) and stops when the trace reaches the end area having
//   covered at least `minCoveragePercent` of the centre line in order (coverage.ts); before that
//   the end area is just part of the track. Samples before the start and after the end are
//   ignored; mouse moves with no button down are hover.
// - Lifting the pen inside the end area before the track is covered ends the test incomplete: no
//   time, and an invalid run (a straight stroke from start to end ends so, and never scores).
// - Errors are excursions, counted with hysteresis on the way back (see trace.ts).
// - Lifting the pen mid-track is recorded as a lift; the clock keeps running (the lift time counts
//   in the total time). Tracing resumes when the pen is down again within `resumeRadiusUnits` of
//   where it was lifted; pen-down samples anywhere else are ignored, so the track cannot be cut
//   short by lifting. The gap itself is neither path nor time outside. If the pen comes back down
//   outside the corridor that starts (or continues) an excursion at that moment.
// - A 'down' while the pen is already down (a lost pointerup) is taken as a lift first.
import { distance } from '../../shared/geometry';
import type { PointerSample } from '../../../model/pointer-sample';
import { inEndArea, inStartArea } from './corridor';
import type { LttForm } from './forms';
import { centreLineOf, advanceCoverage } from './coverage';
import { coveredEnough, crossing, newExcursion, scoreSegment, zoneOf, type LttExcursion, type TimedPoint, type TraceRules, type TraceTally } from './trace';
import type { LttTrack } from './track';

export type { LttExcursion } from './trace';

export interface LttProtocolOptions {
	/** How far inside the edge the trace must come back before a new exit is a new error. */
	reentryUnits: number;
	/** After a lift, tracing resumes when the pen is down within this distance of the lift point. */
	resumeRadiusUnits: number;
	/** The end area ends the test only after this share of the centre line is covered in order. */
	minCoveragePercent: number;
}

/** 3 units ≈ 1 mm on a 29 cm wide sheet: above the jitter of touch and pen digitisers. */
export const defaultLttProtocolOptions: LttProtocolOptions = { reentryUnits: 3, resumeRadiusUnits: 24, minCoveragePercent: 95 };

/** 'done' with an end time is a completed trace; 'done' without one ended incomplete (lifted in the end area too early). */
export type LttStatus = 'waiting' | 'tracing' | 'done';

export interface LttState extends Readonly<Omit<TraceTally, 'excursions'>> {
	readonly formId: string;
	readonly track: LttTrack;
	readonly options: LttProtocolOptions;
	/** The centre line (with its arc lengths) and the limits the trace is scored by, derived once at the start. */
	readonly rules: TraceRules;
	readonly status: LttStatus;
	/** When the pen was lifted in the end area before the track was covered; null otherwise. */
	readonly incompleteMs: number | null;
	readonly penDown: boolean;
	/** The previous pen-down point while the pen is down and counted; null otherwise. */
	readonly last: TimedPoint | null;
	readonly lastSampleMs: number | null;
	/** Where the pen was lifted mid-track, until tracing resumes near it. */
	readonly liftPoint: TimedPoint | null;
	readonly startMs: number | null;
	readonly lifts: number;
	readonly excursions: readonly Readonly<LttExcursion>[];
}

export function startLtt(form: LttForm, options: LttProtocolOptions = defaultLttProtocolOptions): LttState {
	if (!(options.reentryUnits >= 0 && options.reentryUnits < form.halfWidthUnits)) {
		throw new RangeError(`reentryUnits must be in 0…<${form.halfWidthUnits}, got ${options.reentryUnits}`);
	}
	if (!(options.resumeRadiusUnits > 0)) throw new RangeError(`Bad resumeRadiusUnits ${options.resumeRadiusUnits}`);
	if (!(options.minCoveragePercent >= 0 && options.minCoveragePercent <= 100)) throw new RangeError(`Bad minCoveragePercent ${options.minCoveragePercent}`);
	const line = centreLineOf(form);
	return {
		formId: form.id,
		track: { centre: form.centre, halfWidthUnits: form.halfWidthUnits, start: form.start, end: form.end },
		options: { ...options },
		rules: { reentryUnits: options.reentryUnits, line, minCoveredUnits: (options.minCoveragePercent / 100) * line.totalUnits },
		status: 'waiting',
		incompleteMs: null,
		penDown: false,
		last: null,
		lastSampleMs: null,
		liftPoint: null,
		startMs: null,
		endMs: null,
		lifts: 0,
		pathLengthUnits: 0,
		progressUnits: 0,
		coveredUnits: 0,
		outside: false,
		excursionOpen: false,
		excursions: []
	};
}

type Draft = { -readonly [K in keyof LttState]: LttState[K] } & { excursions: LttExcursion[] };

/** Scores the pen-down segment from `draft.last` to `p`, and ends the test at the end area. */
function trace(draft: Draft, p: TimedPoint): void {
	const from = draft.last ?? p;
	draft.last = scoreSegment(draft, draft.track, draft.rules, from, p);
	if (draft.endMs !== null) draft.status = 'done';
}

function begin(draft: Draft, p: TimedPoint): void {
	const previous = draft.last;
	if (previous !== null && !inStartArea(previous, draft.track)) {
		// The trace slid into the start area: the clock starts where it crossed in.
		const entry = crossing(previous, p, (point) => inStartArea(point, draft.track));
		draft.status = 'tracing';
		draft.startMs = entry.tMs;
		draft.last = entry;
		trace(draft, p);
	} else {
		draft.status = 'tracing';
		draft.startMs = p.tMs;
		draft.last = p;
		advanceCoverage(draft, draft.rules.line, draft.track.halfWidthUnits, p);
	}
}

/** Pen down again near the lift point: the trace goes on from here, scored as it lands. */
function resume(draft: Draft, p: TimedPoint): void {
	draft.liftPoint = null;
	draft.last = p;
	const zone = zoneOf(p, draft.track, draft.options.reentryUnits);
	if (zone.outside && !draft.outside) {
		const last = draft.excursions[draft.excursions.length - 1];
		if (draft.excursionOpen && last !== undefined) last.endMs = null;
		else draft.excursions.push(newExcursion(draft.excursions.length, p.tMs));
		draft.excursionOpen = true;
		draft.outside = true;
	} else if (!zone.outside && draft.outside) {
		draft.excursions[draft.excursions.length - 1]!.endMs = p.tMs;
		draft.outside = false;
	}
	if (!draft.outside && zone.firm) draft.excursionOpen = false;
	advanceCoverage(draft, draft.rules.line, draft.track.halfWidthUnits, p);
	if (inEndArea(p, draft.track) && coveredEnough(draft, draft.rules)) {
		draft.endMs = p.tMs;
		draft.excursionOpen = false;
		draft.status = 'done';
	}
}

/** The pen lifted in the end area before the track was covered: the attempt is over, with no time. */
function endIncomplete(draft: Draft, p: TimedPoint): void {
	draft.status = 'done';
	draft.incompleteMs = p.tMs;
	draft.penDown = false;
	draft.last = null;
	draft.excursionOpen = false;
}

function lift(draft: Draft): void {
	if (draft.status === 'tracing' && draft.liftPoint === null && draft.last !== null) {
		draft.lifts += 1;
		draft.liftPoint = draft.last;
	}
	draft.penDown = false;
	draft.last = null;
}

/** Where the pen is (down, or about to go up) while tracing or waiting for the start. */
function penAt(draft: Draft, p: TimedPoint): void {
	if (draft.status === 'waiting') {
		if (inStartArea(p, draft.track)) begin(draft, p);
		else draft.last = p;
	} else if (draft.liftPoint !== null) {
		if (distance(p, draft.liftPoint) <= draft.options.resumeRadiusUnits) resume(draft, p);
	} else {
		trace(draft, p);
	}
}

export function addSample(state: LttState, sample: PointerSample): LttState {
	const { x, y, tMs, phase } = sample;
	if (![x, y, tMs].every(Number.isFinite)) throw new RangeError('LTT samples need finite x, y and tMs');
	if (state.lastSampleMs !== null && tMs < state.lastSampleMs) {
		throw new RangeError(`LTT sample at ${tMs} ms precedes the previous one at ${state.lastSampleMs} ms`);
	}
	if (state.status === 'done') return state;
	// Only the last excursion can change; copying them all keeps every earlier state intact.
	const draft: Draft = { ...state, lastSampleMs: tMs, excursions: state.excursions.map((e) => ({ ...e })) };
	const p: TimedPoint = { x, y, tMs };
	if (phase === 'down') {
		if (draft.penDown) lift(draft);
		draft.penDown = true;
		penAt(draft, p);
	} else if (draft.penDown) {
		penAt(draft, p);
		if (phase === 'up' && draft.status === 'tracing' && inEndArea(p, draft.track)) endIncomplete(draft, p);
		else if (phase === 'up' && draft.status !== 'done') lift(draft);
	}
	return draft;
}

/** Feeds samples in order; convenient for replays and tests. */
export function addSamples(state: LttState, samples: Iterable<PointerSample>): LttState {
	let next = state;
	for (const sample of samples) next = addSample(next, sample);
	return next;
}
