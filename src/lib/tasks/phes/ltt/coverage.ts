// How much of the LTT track the trace has passed, in order [D]. Each point of the pen-down trace
// is placed on the centre line (its nearest point there, searched only a little behind and ahead
// of the progress so far, so a neighbouring lane never counts); when it lies within the coverage
// band and a little ahead of the progress, the progress moves there and that stretch of centre
// line is covered. A jump further ahead (the trace came back to the track further on) moves the
// progress without covering the stretch skipped. So a straight stroke from the start to the end
// area covers only the first few units, and a trace along the track covers all of it.
import type { Point } from '../../../model/pointer-sample';
import { cumulativeLengths, segmentReaching } from './polyline';
import type { LttTrack } from './track';

export interface CentreLine {
	points: readonly Point[];
	cumulative: readonly number[];
	totalUnits: number;
}

export interface CoverageTally {
	/** Arc length along the centre line the trace has reached, in order. */
	progressUnits: number;
	/** Centre-line length passed in small steps (jumps excluded). */
	coveredUnits: number;
}

/** The band either side of the centre line within which the trace covers it: three half-widths. */
export const coverageBandHalfWidths = 3;
/** The furthest the progress may move at once (about 5 % of a test track); beyond it nothing counts. */
export const coverageMaxJumpUnits = 150;

export function centreLineOf(track: Pick<LttTrack, 'centre'>): CentreLine {
	const cumulative = cumulativeLengths(track.centre);
	return { points: track.centre, cumulative, totalUnits: cumulative[cumulative.length - 1]! };
}

/** The nearest point of the centre line to `p` among arc lengths fromUnits…toUnits: its arc length and distance. */
export function nearestOnCentreLine(line: CentreLine, p: Point, fromUnits: number, toUnits: number): { sUnits: number; distanceUnits: number } {
	const { points, cumulative } = line;
	let best = { sUnits: fromUnits, distanceUnits: Infinity };
	if (fromUnits > line.totalUnits) return best;
	// Called for every sub-step of the trace: start at the window, not at the track's beginning.
	for (let i = segmentReaching(cumulative, fromUnits); i < points.length; i++) {
		if (cumulative[i - 1]! > toUnits) break;
		const a = points[i - 1]!;
		const b = points[i]!;
		const length = cumulative[i]! - cumulative[i - 1]!;
		if (length === 0) continue;
		const lo = Math.max(0, (fromUnits - cumulative[i - 1]!) / length);
		const hi = Math.min(1, (toUnits - cumulative[i - 1]!) / length);
		const u = Math.max(lo, Math.min(hi, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (length * length)));
		const d = Math.hypot(p.x - (a.x + u * (b.x - a.x)), p.y - (a.y + u * (b.y - a.y)));
		if (d < best.distanceUnits) best = { sUnits: cumulative[i - 1]! + u * length, distanceUnits: d };
	}
	return best;
}

/**
 * Moves the coverage on with the trace point `p` (points come at most a unit apart).
 * @example progress 100, a point on the centre line at arc length 101 → progress 101, covered + 1
 */
export function advanceCoverage(tally: CoverageTally, line: CentreLine, halfWidthUnits: number, p: Point): void {
	const band = coverageBandHalfWidths * halfWidthUnits;
	const { sUnits, distanceUnits } = nearestOnCentreLine(line, p, tally.progressUnits - band, tally.progressUnits + coverageMaxJumpUnits);
	if (distanceUnits > band || sUnits <= tally.progressUnits) return;
	// A step no longer than the half-width is the trace moving along; a longer one skipped a stretch.
	if (sUnits - tally.progressUnits <= halfWidthUnits) tally.coveredUnits += sUnits - tally.progressUnits;
	tally.progressUnits = sUnits;
}

/** Covered share of the centre line, in percent. */
export function coveragePercent(tally: CoverageTally, line: CentreLine): number {
	return (100 * tally.coveredUnits) / line.totalUnits;
}
