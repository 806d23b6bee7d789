import { describe, it, expect } from 'vitest';
import { distanceToSegment, squaredDistanceToSegment } from './segment';

const a = { x: 0, y: 0 };
const b = { x: 10, y: 0 };

describe('distanceToSegment', () => {
	it('measures perpendicular to the segment between its ends', () => {
		expect(squaredDistanceToSegment({ x: 5, y: 3 }, a, b)).toBe(9);
		expect(distanceToSegment({ x: 2, y: -4 }, a, b)).toBe(4);
	});

	it('measures to the nearer end beyond the segment', () => {
		expect(distanceToSegment({ x: 13, y: 4 }, a, b)).toBe(5);
		expect(distanceToSegment({ x: -3, y: -4 }, a, b)).toBe(5);
	});

	it('treats a zero-length segment as a point', () => {
		expect(distanceToSegment({ x: 3, y: 4 }, a, a)).toBe(5);
	});

	it('is zero on the segment and works on slanted segments', () => {
		expect(distanceToSegment({ x: 7, y: 0 }, a, b)).toBe(0);
		// The line y = x; (0, 2) is √2 away from it.
		expect(distanceToSegment({ x: 0, y: 2 }, a, { x: 5, y: 5 })).toBeCloseTo(Math.SQRT2, 12);
	});
});
