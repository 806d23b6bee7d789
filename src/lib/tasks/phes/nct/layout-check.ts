// The constraints every NCT layout must meet, checked after generation and in the tests: inside
// the sheet, no crowding, straight lines between consecutive targets clear of other circles, and a
// total path close to the common target so alternate forms are of comparable length.
import { pathLength, sheetHeight, sheetWidth, type Circle } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { squaredDistanceToSegment } from './segment';

export interface NctLayoutConstraints {
	radius: number;
	/** Smallest free space between the edges of any two circles. */
	minGap: number;
	/** Smallest free space between a circle's edge and the sheet's edge. */
	margin: number;
	/** Smallest free space between a circle's edge and the straight line joining two other consecutive targets. */
	pathClearance: number;
	/** Sum of the distances between consecutive centres the layout aims at. */
	pathLengthTarget: number;
	/** Allowed relative deviation from `pathLengthTarget`, e.g. 0.1 for ±10 %. */
	tolerance: number;
}

/** Whether a circle of `radius` centred at `p` stays `margin` inside the sheet. */
export function withinSheet(p: Point, radius: number, margin: number): boolean {
	const edge = radius + margin;
	return p.x >= edge && p.x <= sheetWidth - edge && p.y >= edge && p.y <= sheetHeight - edge;
}

/** Squared distances keep the check bit-identical across browsers (see segment.ts). */
function tooClose(a: Point, b: Point, minDistance: number): boolean {
	const dx = a.x - b.x;
	const dy = a.y - b.y;
	return dx * dx + dy * dy < minDistance * minDistance;
}

/** Circle `c` is too near the straight line from `a` to `b`. */
export function crowdsSegment(c: Point, a: Point, b: Point, constraints: NctLayoutConstraints): boolean {
	const minDistance = constraints.radius + constraints.pathClearance;
	return squaredDistanceToSegment(c, a, b) < minDistance * minDistance;
}

/** Circle `c` is closer than `minGap` (edge to edge) to circle `other`. */
export function crowdsCircle(c: Point, other: Point, constraints: NctLayoutConstraints): boolean {
	return tooClose(c, other, 2 * constraints.radius + constraints.minGap);
}

/** Every broken constraint as a readable sentence; empty when the layout is valid. */
export function nctLayoutProblems(circles: readonly Circle[], constraints: NctLayoutConstraints): string[] {
	const problems: string[] = [];
	const { radius, margin, pathLengthTarget, tolerance } = constraints;
	circles.forEach((c, i) => {
		if (c.r !== radius) problems.push(`circle ${i + 1} has radius ${c.r}, not ${radius}`);
		if (!withinSheet(c, radius, margin)) problems.push(`circle ${i + 1} is outside the sheet margin`);
		for (let j = i + 1; j < circles.length; j++) {
			if (crowdsCircle(c, circles[j]!, constraints)) problems.push(`circles ${i + 1} and ${j + 1} are too close`);
		}
	});
	for (let i = 0; i + 1 < circles.length; i++) {
		circles.forEach((c, j) => {
			if (j !== i && j !== i + 1 && crowdsSegment(c, circles[i]!, circles[i + 1]!, constraints)) {
				problems.push(`circle ${j + 1} is too near the line from ${i + 1} to ${i + 2}`);
			}
		});
	}
	const length = pathLength(circles);
	if (Math.abs(length - pathLengthTarget) > tolerance * pathLengthTarget) {
		problems.push(`path length ${length.toFixed(1)} is not within ±${tolerance * 100} % of ${pathLengthTarget}`);
	}
	return problems;
}
