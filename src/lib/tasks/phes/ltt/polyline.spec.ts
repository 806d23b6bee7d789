import { describe, it, expect } from 'vitest';
import { cumulativeLengths, pointPolylineDistance, pointSegmentDistance, positionAt, segmentsIntersect } from './polyline';

describe('pointSegmentDistance', () => {
	it('measures to the nearest point of the segment, ends included', () => {
		expect(pointSegmentDistance({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
		expect(pointSegmentDistance({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
		expect(pointSegmentDistance({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
	});

	it('takes the nearest segment of a polyline', () => {
		const line = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }];
		expect(pointPolylineDistance({ x: 12, y: 6 }, line)).toBe(2);
		expect(pointPolylineDistance({ x: 4, y: -1 }, line)).toBe(1);
	});
});

describe('segmentsIntersect', () => {
	it('finds crossings and touches, not near misses', () => {
		const a = { x: 0, y: 0 };
		const b = { x: 10, y: 10 };
		expect(segmentsIntersect(a, b, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
		expect(segmentsIntersect(a, b, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(true);
		expect(segmentsIntersect(a, b, { x: 1, y: 0 }, { x: 11, y: 10 })).toBe(false);
		expect(segmentsIntersect(a, b, { x: 11, y: 11 }, { x: 12, y: 12 })).toBe(false);
	});
});

describe('positionAt', () => {
	const line = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }];
	const cumulative = cumulativeLengths(line);

	it('walks the arc length with the segment normal on the left of travel', () => {
		expect(cumulative).toEqual([0, 10, 20]);
		expect(positionAt(line, cumulative, 15)).toEqual({ point: { x: 10, y: 5 }, normal: { x: 1, y: -0 } });
		expect(positionAt(line, cumulative, 4)).toEqual({ point: { x: 4, y: 0 }, normal: { x: 0, y: -1 } });
	});

	it('clamps to the ends', () => {
		expect(positionAt(line, cumulative, -3).point).toEqual({ x: 0, y: 0 });
		expect(positionAt(line, cumulative, 99).point).toEqual({ x: 10, y: 10 });
	});
});
