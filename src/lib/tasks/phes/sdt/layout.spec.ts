import { describe, it, expect } from 'vitest';
import { distance, sheetHeight, sheetWidth } from '../../shared/geometry';
import { generateSdtLayout, sdtGeometry, sdtMinGapUnits } from './layout';

describe('generateSdtLayout', () => {
	const layout = generateSdtLayout(7);
	const { circles } = layout;

	it('lays 100 circles out row by row', () => {
		expect(circles).toHaveLength(100);
		expect([layout.rows, layout.columns]).toEqual([10, 10]);
		circles.forEach((c, i) => expect([c.row, c.column]).toEqual([Math.floor(i / 10), i % 10]));
		expect(circles.every((c) => c.r === 20)).toBe(true);
	});

	it('keeps each centre within the jitter of its grid position, centred on the sheet', () => {
		circles.forEach((c) => {
			expect(Math.abs(c.x - (95 + 90 * c.column))).toBeLessThanOrEqual(8);
			expect(Math.abs(c.y - (71 + 62 * c.row))).toBeLessThanOrEqual(8);
		});
		// The jitter is used, not zero everywhere.
		expect(circles.some((c) => c.x !== 95 + 90 * c.column)).toBe(true);
	});

	it('keeps circles apart and on the sheet', () => {
		for (let i = 0; i < circles.length; i++) {
			const c = circles[i]!;
			expect(Math.min(c.x - c.r, c.y - c.r, sheetWidth - c.x - c.r, sheetHeight - c.y - c.r)).toBeGreaterThan(0);
			for (let j = i + 1; j < circles.length; j++) expect(distance(c, circles[j]!) - 2 * c.r).toBeGreaterThanOrEqual(sdtMinGapUnits);
		}
	});

	it('is deterministic per seed and differs between seeds', () => {
		expect(generateSdtLayout(7)).toEqual(layout);
		expect(generateSdtLayout(8).circles).not.toEqual(circles);
	});

	it('refuses a geometry whose circles could touch or that does not fit', () => {
		expect(() => generateSdtLayout(1, { ...sdtGeometry, jitterUnits: 12 })).toThrow(/could touch/);
		expect(() => generateSdtLayout(1, { ...sdtGeometry, columns: 12 })).toThrow(/does not fit/);
		expect(() => generateSdtLayout(1, { ...sdtGeometry, rows: 0 })).toThrow(/positive integers/);
	});
});
