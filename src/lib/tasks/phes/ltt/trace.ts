// Scoring one stretch of pen-down trace against the track (clinical-spec §2, LTT errors).
//
// Excursions, with hysteresis on the way back [D]: the trace is outside once it is beyond the
// corridor edge (touching the line counts, as on paper). Every step from inside to outside starts
// an excursion, that is one error. Coming back inside ends the excursion's outside time at once,
// but a new error can only start after the trace has come back firmly, `reentryUnits` inside the
// edge: a trace running along the line with a shaky hand leaves and re-enters many times within a
// fraction of a millimetre, and that is one error, not dozens. Time and path outside count only
// while actually outside. Crossings are placed between samples by bisection, so the times do not
// depend on the sampling rate.
import { distance } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { depthOutside, inEndArea, inStartArea } from './corridor';
import { advanceCoverage, type CentreLine, type CoverageTally } from './coverage';
import type { LttTrack } from './track';

export interface TimedPoint extends Point {
	tMs: number;
}

export interface LttExcursion {
	/** From 0, in order. */
	index: number;
	/** When the trace first went beyond the edge. */
	startMs: number;
	/** When it last came back inside; null while still outside. */
	endMs: number | null;
	/** Time actually beyond the edge (brief returns that did not reach firm ground excluded). */
	timeOutsideMs: number;
	pathLengthOutsideUnits: number;
	/** Deepest point beyond the edge. */
	maxDepthUnits: number;
}

/** The running score of the trace: plain data the protocol copies before each sample. */
export interface TraceTally extends CoverageTally {
	pathLengthUnits: number;
	/** The trace is beyond the edge now. */
	outside: boolean;
	/** The last excursion may still continue: the trace has not come back firmly inside. */
	excursionOpen: boolean;
	excursions: LttExcursion[];
	/** Set when the trace reaches the end area. */
	endMs: number | null;
}

/** Sub-step length: segments are scored in steps this long so no crossing hides between samples. */
const subStepUnits = 1;
const bisections = 30;

interface Zone {
	outside: boolean;
	firm: boolean;
	depth: number;
}

/** Beyond the edge (outside an area), or firmly inside (an area, or `reentryUnits` inside the edge). */
export function zoneOf(p: Point, track: LttTrack, reentryUnits: number): Zone {
	const inArea = inStartArea(p, track) || inEndArea(p, track);
	const depth = depthOutside(p, track);
	return { outside: !inArea && depth > 0, firm: inArea || depth <= -reentryUnits, depth };
}

const lerp = (a: TimedPoint, b: TimedPoint, u: number): TimedPoint => ({
	x: a.x + u * (b.x - a.x),
	y: a.y + u * (b.y - a.y),
	tMs: a.tMs + u * (b.tMs - a.tMs)
});

/** The first point from `a` towards `b` where `reached` holds; `reached(b)` must hold. */
export function crossing(a: TimedPoint, b: TimedPoint, reached: (p: Point) => boolean): TimedPoint {
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < bisections; i++) {
		const mid = (lo + hi) / 2;
		if (reached(lerp(a, b, mid))) hi = mid;
		else lo = mid;
	}
	return lerp(a, b, hi);
}

export function newExcursion(index: number, startMs: number): LttExcursion {
	return { index, startMs, endMs: null, timeOutsideMs: 0, pathLengthOutsideUnits: 0, maxDepthUnits: 0 };
}

/** The excursion the trace is in: the open one continues, otherwise a new one (a new error) starts. */
function openExcursion(tally: TraceTally, startMs: number): LttExcursion {
	const last = tally.excursions[tally.excursions.length - 1];
	if (tally.excursionOpen && last !== undefined) {
		// Out again before coming back firmly: the same error goes on, and is not over yet.
		last.endMs = null;
		return last;
	}
	const excursion = newExcursion(tally.excursions.length, startMs);
	tally.excursions.push(excursion);
	tally.excursionOpen = true;
	return excursion;
}

/** Adds the stretch a–b, both beyond the edge, to the current excursion. */
function addOutside(tally: TraceTally, a: TimedPoint, b: TimedPoint, depth: number): void {
	const excursion = tally.excursions[tally.excursions.length - 1]!;
	excursion.timeOutsideMs += b.tMs - a.tMs;
	excursion.pathLengthOutsideUnits += distance(a, b);
	excursion.maxDepthUnits = Math.max(excursion.maxDepthUnits, depth);
}

/** Scores one short step p–q (p already scored). The excursion objects in `tally` are its own copies. */
export function scoreStep(tally: TraceTally, track: LttTrack, reentryUnits: number, p: TimedPoint, q: TimedPoint): void {
	const zone = zoneOf(q, track, reentryUnits);
	tally.pathLengthUnits += distance(p, q);
	if (!tally.outside && zone.outside) {
		const c = crossing(p, q, (point) => zoneOf(point, track, reentryUnits).outside);
		openExcursion(tally, c.tMs);
		addOutside(tally, c, q, zone.depth);
		tally.outside = true;
	} else if (tally.outside && zone.outside) {
		addOutside(tally, p, q, zone.depth);
	} else if (tally.outside) {
		const c = crossing(p, q, (point) => !zoneOf(point, track, reentryUnits).outside);
		addOutside(tally, p, c, 0);
		tally.excursions[tally.excursions.length - 1]!.endMs = c.tMs;
		tally.outside = false;
	}
	if (!tally.outside && zone.firm) tally.excursionOpen = false;
}

/** What a segment is scored by. */
export interface TraceRules {
	reentryUnits: number;
	line: CentreLine;
	/** The end area ends the test only once this much of the centre line is covered. */
	minCoveredUnits: number;
}

/** Whether reaching the end area at `q` ends the test: enough of the track has been covered. */
export function coveredEnough(tally: TraceTally, rules: TraceRules): boolean {
	return tally.coveredUnits >= rules.minCoveredUnits;
}

/**
 * Scores the pen-down segment a–b in sub-steps and stops at the end area if the trace reaches it
 * having covered enough of the track. Returns the last point scored: b, or where the test ended.
 */
export function scoreSegment(tally: TraceTally, track: LttTrack, rules: TraceRules, a: TimedPoint, b: TimedPoint): TimedPoint {
	const steps = Math.max(1, Math.ceil(distance(a, b) / subStepUnits));
	let p = a;
	for (let k = 1; k <= steps; k++) {
		let q = k === steps ? b : lerp(a, b, k / steps);
		advanceCoverage(tally, rules.line, track.halfWidthUnits, q);
		const reachesEnd = inEndArea(q, track) && coveredEnough(tally, rules);
		// Entering the end area: the test ends at its edge; covering the rest inside it: right here.
		if (reachesEnd && !inEndArea(p, track)) q = crossing(p, q, (point) => inEndArea(point, track));
		scoreStep(tally, track, rules.reentryUnits, p, q);
		p = q;
		if (reachesEnd) {
			tally.endMs = q.tMs;
			tally.excursionOpen = false;
			return q;
		}
	}
	return b;
}
