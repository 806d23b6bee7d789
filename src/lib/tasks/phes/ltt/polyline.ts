// Small polyline geometry for the line tracing test, on top of the shared sheet geometry.
import { distance } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';

/**
 * Distance from `p` to the segment a–b.
 * Example: from (5, 3) to the segment (0, 0)–(10, 0) is 3; from (13, 4) it is 5 (to the end).
 */
export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const lengthSquared = dx * dx + dy * dy;
	if (lengthSquared === 0) return distance(p, a);
	const u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
	return Math.hypot(p.x - (a.x + u * dx), p.y - (a.y + u * dy));
}

/** Shortest distance from `p` to any segment of the polyline. */
export function pointPolylineDistance(p: Point, points: readonly Point[]): number {
	if (points.length === 1) return distance(p, points[0]!);
	let best = Infinity;
	for (let i = 1; i < points.length; i++) best = Math.min(best, pointSegmentDistance(p, points[i - 1]!, points[i]!));
	return best;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether segments a–b and c–d touch or cross (collinear overlaps included). */
export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
	const onSegment = (p: Point, q: Point, r: Point) =>
		Math.min(p.x, q.x) <= r.x && r.x <= Math.max(p.x, q.x) && Math.min(p.y, q.y) <= r.y && r.y <= Math.max(p.y, q.y);
	return (
		(d1 === 0 && onSegment(c, d, a)) ||
		(d2 === 0 && onSegment(c, d, b)) ||
		(d3 === 0 && onSegment(a, b, c)) ||
		(d4 === 0 && onSegment(a, b, d))
	);
}

/** Arc length from the first point to each point: `[0, |p0p1|, |p0p1| + |p1p2|, …]`. */
export function cumulativeLengths(points: readonly Point[]): number[] {
	const lengths = [0];
	for (let i = 1; i < points.length; i++) lengths.push(lengths[i - 1]! + distance(points[i - 1]!, points[i]!));
	return lengths;
}

/**
 * Index i ≥ 1 of the first segment (points i−1 to i) whose end reaches arc length `s`; the last
 * segment when none does. A binary search, so per-sample lookups stay cheap on long tracks.
 */
export function segmentReaching(cumulative: readonly number[], s: number): number {
	let lo = 1;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cumulative[mid]! < s) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export interface PolylinePosition {
	point: Point;
	/** Unit normal of the segment there, pointing to the left of the direction of travel (y down). */
	normal: Point;
}

/**
 * The point at arc length `s` (clamped to the ends), with its segment's normal.
 * Example: on (0, 0)–(10, 0)–(10, 10), s = 15 gives (10, 5) with normal (1, 0).
 */
export function positionAt(points: readonly Point[], cumulative: readonly number[], s: number): PolylinePosition {
	if (points.length < 2) throw new RangeError('A polyline position needs at least two points');
	const total = cumulative[cumulative.length - 1]!;
	const clamped = Math.max(0, Math.min(total, s));
	const lo = segmentReaching(cumulative, clamped);
	const a = points[lo - 1]!;
	const b = points[lo]!;
	const length = cumulative[lo]! - cumulative[lo - 1]!;
	const u = length === 0 ? 0 : (clamped - cumulative[lo - 1]!) / length;
	const dx = length === 0 ? 1 : (b.x - a.x) / length;
	const dy = length === 0 ? 0 : (b.y - a.y) / length;
	return { point: { x: a.x + u * (b.x - a.x), y: a.y + u * (b.y - a.y) }, normal: { x: dy, y: -dx } };
}
