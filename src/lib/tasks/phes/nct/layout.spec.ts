import { describe, it, expect } from 'vitest';
import { distance, pathLength, sheetHeight, sheetWidth } from '../../shared/geometry';
import { nctLayoutProblems } from './layout-check';
import { generateNctLayout, type NctLayoutOptions } from './layout';
import { distanceToSegment } from './segment';

const options: NctLayoutOptions = {
	seed: 42,
	targetCount: 25,
	radius: 24,
	minGap: 20,
	margin: 30,
	pathLengthTarget: 3840,
	tolerance: 0.1
};

describe('generateNctLayout', () => {
	const layout = generateNctLayout(options);
	const { circles } = layout;

	it('places every target inside the sheet with its margin', () => {
		expect(circles).toHaveLength(25);
		for (const c of circles) {
			expect(c.r).toBe(24);
			expect(Math.min(c.x, sheetWidth - c.x, c.y, sheetHeight - c.y)).toBeGreaterThanOrEqual(24 + 30);
		}
	});

	it('keeps at least minGap between circle edges', () => {
		for (let i = 0; i < circles.length; i++) {
			for (let j = i + 1; j < circles.length; j++) expect(distance(circles[i]!, circles[j]!) - 48).toBeGreaterThanOrEqual(20);
		}
	});

	it('keeps the straight line between consecutive targets clear of every other circle', () => {
		for (let i = 0; i + 1 < circles.length; i++) {
			circles.forEach((c, j) => {
				if (j !== i && j !== i + 1) expect(distanceToSegment(c, circles[i]!, circles[i + 1]!)).toBeGreaterThanOrEqual(24 + 20);
			});
		}
	});

	it('reaches the target path length and reports it', () => {
		expect(layout.pathLengthUnits).toBe(pathLength(circles));
		expect(Math.abs(layout.pathLengthUnits - 3840)).toBeLessThan(3840 * 0.01);
		expect(nctLayoutProblems(circles, { ...options, pathClearance: 20 })).toEqual([]);
	});

	it('labels the targets 1…n by default, or as given', () => {
		expect(circles.map((c) => c.label)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
		const lettered = generateNctLayout({ ...options, targetCount: 3, pathLengthTarget: 320, labels: ['1', 'A', '2'] });
		expect(lettered.circles.map((c) => c.label)).toEqual(['1', 'A', '2']);
	});

	it('is deterministic per seed and differs between seeds', () => {
		expect(generateNctLayout(options)).toEqual(layout);
		const other = generateNctLayout({ ...options, seed: 43 });
		expect(other.circles).not.toEqual(circles);
		expect(other.seed).toBe(43);
	});

	it('stores centres rounded to 0.1 units', () => {
		for (const c of circles) {
			expect(Math.round(c.x * 10) / 10).toBe(c.x);
			expect(Math.round(c.y * 10) / 10).toBe(c.y);
		}
	});

	it('refuses impossible requests with a clear error', () => {
		expect(() => generateNctLayout({ ...options, targetCount: 1 })).toThrow(/at least 2 targets/);
		expect(() => generateNctLayout({ ...options, labels: ['1', '2'] })).toThrow(/2 labels given for 25/);
		expect(() => generateNctLayout({ ...options, pathLengthTarget: 600 })).toThrow(/too short/);
		// A strip 52 units high cannot hold 25 spaced circles: gives up after the bounded attempts.
		expect(() => generateNctLayout({ ...options, margin: 300, maxAttempts: 20 })).toThrow(/in 20 attempts/);
	});
});

describe('nctLayoutProblems', () => {
	const constraints = { radius: 10, minGap: 5, margin: 0, pathClearance: 5, pathLengthTarget: 200, tolerance: 0.1 };
	const circle = (x: number, y: number) => ({ x, y, r: 10 });

	it('accepts a valid layout', () => {
		expect(nctLayoutProblems([circle(100, 100), circle(300, 100)], constraints)).toEqual([]);
	});

	it('names each broken constraint', () => {
		expect(nctLayoutProblems([circle(100, 100), circle(120, 100)], constraints)).toEqual([
			'circles 1 and 2 are too close',
			'path length 20.0 is not within ±10 % of 200'
		]);
		expect(nctLayoutProblems([circle(5, 100), circle(205, 100)], constraints)).toEqual(['circle 1 is outside the sheet margin']);
		// Circle 3 sits on the line from 1 to 2.
		const onLine = [circle(100, 100), circle(200, 100), circle(150, 110)];
		expect(nctLayoutProblems(onLine, { ...constraints, pathLengthTarget: 212 })).toContain('circle 3 is too near the line from 1 to 2');
	});
});
