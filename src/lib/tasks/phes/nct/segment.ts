// Distance from a point to a straight segment: keeps the straight line between two consecutive
// NCT targets clear of every other circle, so drawing straight never brushes a wrong circle.
import type { Point } from '../../../model/pointer-sample';

/**
 * Squared shortest distance from `p` to the segment `a`–`b`, in sheet units². Only + − × ÷, so
 * every browser gets the same bits and seeded layouts come out the same everywhere.
 * @example squaredDistanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 }) → 9
 */
export function squaredDistanceToSegment(p: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const lengthSquared = dx * dx + dy * dy;
	// Position of the foot of the perpendicular along a→b, clamped to the segment's ends.
	const along = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
	const ex = a.x + along * dx - p.x;
	const ey = a.y + along * dy - p.y;
	return ex * ex + ey * ey;
}

/**
 * Shortest distance from `p` to the segment `a`–`b`, in sheet units.
 * @example distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 }) → 5 (nearest point is the end b)
 */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
	return Math.sqrt(squaredDistanceToSegment(p, a, b));
}
