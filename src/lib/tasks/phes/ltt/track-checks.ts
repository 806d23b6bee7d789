// The constraints every LTT track must meet; the generator rejects seeds that fail them and the
// tests check the stored forms against them.
import { distance, sheetHeight, sheetWidth } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { segmentsIntersect } from './polyline';
import type { LttTrack } from './track';

export interface LttTrackLimits {
	/** Sheet border the corridor and the areas must keep clear of. */
	marginUnits: number;
	/** Clear space required between the walls of two different parts of the track. */
	wallGapUnits: number;
}

/**
 * Radius of the circle through three points; Infinity when they are on a line.
 * Example: (0, 0), (1, 1), (2, 0) lie on a circle of radius 1 around (1, 0).
 */
export function circumradius(a: Point, b: Point, c: Point): number {
	const twiceArea = Math.abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
	if (twiceArea === 0) return Infinity;
	return (distance(a, b) * distance(b, c) * distance(c, a)) / (2 * twiceArea);
}

/** Smallest bend radius along the centre line. */
export function minimumBendRadius(centre: readonly Point[]): number {
	let smallest = Infinity;
	for (let i = 2; i < centre.length; i++) smallest = Math.min(smallest, circumradius(centre[i - 2]!, centre[i - 1]!, centre[i]!));
	return smallest;
}

/** Index pairs (i < j, not neighbours) of centre-line segments that touch or cross. */
export function selfIntersections(centre: readonly Point[]): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let i = 1; i < centre.length; i++) {
		const a = centre[i - 1]!;
		const b = centre[i]!;
		for (let j = i + 2; j < centre.length; j++) {
			const c = centre[j - 1]!;
			const d = centre[j]!;
			// Cheap bounding-box rejection first: almost all pairs are far apart.
			if (Math.max(c.x, d.x) < Math.min(a.x, b.x) || Math.min(c.x, d.x) > Math.max(a.x, b.x)) continue;
			if (Math.max(c.y, d.y) < Math.min(a.y, b.y) || Math.min(c.y, d.y) > Math.max(a.y, b.y)) continue;
			if (segmentsIntersect(a, b, c, d)) found.push([i - 1, j - 1]);
		}
	}
	return found;
}

/**
 * Whether the centre-line points nearer than `reach` to point `from` all follow on from it without
 * a gap: if the line leaves that neighbourhood and comes back, another part of the track is close.
 */
function nearbyIsContiguous(centre: readonly Point[], from: Point, fromIndex: number, reach: number): boolean {
	let left = false;
	for (let k = fromIndex + 1; k < centre.length; k++) {
		const near = distance(from, centre[k]!) < reach;
		if (!near) left = true;
		else if (left) return false;
	}
	return true;
}

/** Everything wrong with a track; empty when it is fit to use. */
export function lttTrackProblems(track: LttTrack, limits: LttTrackLimits): string[] {
	const { centre, halfWidthUnits: hw, start, end } = track;
	const problems: string[] = [];
	if (centre.length < 3) return ['The centre line needs at least three points'];
	const m = limits.marginUnits;
	const outOfSheet = (p: Point, reach: number) =>
		p.x - reach < m || p.x + reach > sheetWidth - m || p.y - reach < m || p.y + reach > sheetHeight - m;
	if (centre.some((p) => outOfSheet(p, hw))) problems.push('The corridor reaches into the sheet margin');
	if (outOfSheet(start, start.r) || outOfSheet(end, end.r)) problems.push('An area reaches into the sheet margin');
	if (distance(start, centre[0]!) > 1e-9 || distance(end, centre[centre.length - 1]!) > 1e-9) {
		problems.push('The areas are not centred on the ends of the centre line');
	}
	if (selfIntersections(centre).length > 0) problems.push('The centre line crosses itself');
	if (minimumBendRadius(centre) < 2 * hw) problems.push(`A bend is tighter than ${2 * hw} units`);
	const wallReach = 2 * hw + limits.wallGapUnits;
	for (let i = 0; i < centre.length; i++) {
		if (!nearbyIsContiguous(centre, centre[i]!, i, wallReach)) {
			problems.push(`Two parts of the track are closer than ${wallReach} units near point ${i}`);
			break;
		}
	}
	// The areas are wider than the corridor: no other part of the track may pass near them either.
	const areaReach = (r: number) => r + hw + limits.wallGapUnits;
	if (!nearbyIsContiguous(centre, start, 0, areaReach(start.r))) problems.push('The track passes close to the start area');
	if (!nearbyIsContiguous([...centre].reverse(), end, 0, areaReach(end.r))) problems.push('The track passes close to the end area');
	return problems;
}
