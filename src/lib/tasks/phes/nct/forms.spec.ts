import { describe, it, expect } from 'vitest';
import { distance } from '../../shared/geometry';
import { nctbLabels, nctbPracticeLabels } from './labels';
import { nctLayoutProblems } from './layout-check';
import { nctFormById, nctFormIds, nctFormLayout, nctForms, nctFormsForVisit, nctGeometry, nctPathLengthTarget } from './forms';
import { formForVisit } from '../../shared/rotation';

const constraintsFor = (targetCount: number) => ({
	radius: nctGeometry.radiusUnits,
	minGap: nctGeometry.minGapUnits,
	margin: nctGeometry.marginUnits,
	pathClearance: nctGeometry.pathClearanceUnits,
	pathLengthTarget: nctPathLengthTarget(targetCount),
	tolerance: nctGeometry.tolerance
});

describe('NCT alternate forms', () => {
	it('has at least four forms per test and practice item, with unique ids and seeds', () => {
		for (const forms of Object.values(nctForms)) expect(forms.length).toBeGreaterThanOrEqual(4);
		expect(nctForms.ncta.map((f) => f.formId)).toEqual(['ncta-1', 'ncta-2', 'ncta-3', 'ncta-4']);
		expect(nctForms.nctbPractice.map((f) => f.formId)).toEqual(['nctb-p1', 'nctb-p2', 'nctb-p3', 'nctb-p4']);
		expect(new Set(nctFormIds).size).toBe(16);
		expect(new Set(Object.values(nctForms).flatMap((forms) => forms.map((f) => f.seed))).size).toBe(16);
	});

	it('builds every form within its own constraints', () => {
		for (const forms of Object.values(nctForms)) {
			for (const f of forms) {
				const { circles } = nctFormLayout(f);
				expect(circles).toHaveLength(f.practice ? 8 : 25);
				expect(nctLayoutProblems(circles, constraintsFor(circles.length))).toEqual([]);
				const gaps = circles.flatMap((a, i) => circles.slice(i + 1).map((b) => distance(a, b) - a.r - b.r));
				expect(Math.min(...gaps)).toBeGreaterThanOrEqual(nctGeometry.minGapUnits);
			}
		}
	});

	it('gives the forms of a test path lengths within ±10 % of each other', () => {
		for (const forms of Object.values(nctForms)) {
			const lengths = forms.map((f) => nctFormLayout(f).pathLengthUnits);
			expect(Math.max(...lengths) / Math.min(...lengths)).toBeLessThanOrEqual(1.1);
			// In fact the steps are scaled to the common total, so only rounding separates them.
			for (const length of lengths) expect(Math.abs(length / nctPathLengthTarget(forms[0]!.practice ? 8 : 25) - 1)).toBeLessThan(0.005);
		}
	});

	it('rebuilds the same layout from a form every time, and different layouts per form', () => {
		const first = nctForms.ncta.map((f) => nctFormLayout(f));
		expect(nctForms.ncta.map((f) => nctFormLayout(f))).toEqual(first);
		expect(new Set(first.map((l) => JSON.stringify(l.circles))).size).toBe(4);
	});

	it('labels NCT-B forms 1-A-2-…-13 and practice forms 1-A-…-D', () => {
		expect(nctFormLayout(nctForms.nctb[2]).circles.map((c) => c.label)).toEqual(nctbLabels);
		expect(nctFormLayout(nctForms.nctbPractice[0]).circles.map((c) => c.label)).toEqual(nctbPracticeLabels);
	});

	it('honours another practice length', () => {
		const circles = nctFormLayout(nctForms.nctaPractice[0], nctGeometry, 5).circles;
		expect(circles.map((c) => c.label)).toEqual(['1', '2', '3', '4', '5']);
	});

	it('finds forms by id and rotates them over visits', () => {
		expect(nctFormById('nctb-3')).toEqual({ formId: 'nctb-3', test: 'b', practice: false, seed: 2103 });
		expect(() => nctFormById('nctc-1')).toThrow(/Unknown NCT form/);
		expect(formForVisit(nctForms.ncta, 6).formId).toBe('ncta-3');
		expect(nctFormsForVisit('b', 5)).toEqual({ test: nctForms.nctb[1], practice: nctForms.nctbPractice[1] });
		expect(nctFormsForVisit('a', 0).test.formId).toBe('ncta-1');
	});
});
