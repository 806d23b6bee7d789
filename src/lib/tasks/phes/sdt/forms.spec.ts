import { describe, it, expect } from 'vitest';
import { distance } from '../../shared/geometry';
import { sdtFormIds, sdtFormLayout, sdtForms, sdtFormsForVisit } from './forms';
import { sdtMinGapUnits } from './layout';

describe('SDT alternate forms', () => {
	it('has four test and four practice forms with unique ids and seeds', () => {
		expect(sdtForms.test.map((f) => f.formId)).toEqual(['sdt-1', 'sdt-2', 'sdt-3', 'sdt-4']);
		expect(sdtForms.practice.map((f) => f.formId)).toEqual(['sdt-p1', 'sdt-p2', 'sdt-p3', 'sdt-p4']);
		expect(new Set(sdtFormIds).size).toBe(8);
		expect(new Set([...sdtForms.test, ...sdtForms.practice].map((f) => f.seed)).size).toBe(8);
	});

	it('differ only by jitter within its bounds, each deterministic', () => {
		const layouts = sdtForms.test.map((f) => sdtFormLayout(f));
		expect(sdtForms.test.map((f) => sdtFormLayout(f))).toEqual(layouts);
		expect(new Set(layouts.map((l) => JSON.stringify(l.circles))).size).toBe(4);
		const [first, ...others] = layouts;
		for (const other of others) {
			other.circles.forEach((c, i) => {
				const base = first!.circles[i]!;
				expect([c.row, c.column, c.r]).toEqual([base.row, base.column, base.r]);
				expect(distance(c, base)).toBeLessThanOrEqual(Math.hypot(16, 16));
			});
		}
		for (const { circles } of layouts) {
			const gaps = circles.flatMap((a, i) => circles.slice(i + 1).map((b) => distance(a, b) - a.r - b.r));
			expect(Math.min(...gaps)).toBeGreaterThanOrEqual(sdtMinGapUnits);
		}
	});

	it('gives practice forms one row of ten', () => {
		const { circles } = sdtFormLayout(sdtForms.practice[0]);
		expect(circles).toHaveLength(10);
		expect(circles.every((c) => c.row === 0)).toBe(true);
	});

	it('rotates the forms over visits', () => {
		expect(sdtFormsForVisit(0)).toEqual({ test: sdtForms.test[0], practice: sdtForms.practice[0] });
		expect(sdtFormsForVisit(7).test.formId).toBe('sdt-4');
		expect(sdtFormsForVisit(8).test.formId).toBe('sdt-1');
	});
});
