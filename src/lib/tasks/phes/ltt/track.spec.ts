import { describe, it, expect } from 'vitest';
import { pathLength, sheetHeight, sheetWidth } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { distanceToCentreline, insideTrack } from './corridor';
import { buildLttForms, lttFormById, lttFormSeedBase, lttForms, lttPracticeForm, lttPracticeLayout, lttTestLayout } from './forms';
import { generateTrack, type LttTrack } from './track';
import { circumradius, lttTrackProblems, minimumBendRadius, selfIntersections } from './track-checks';

const limits = { marginUnits: 40, wallGapUnits: 20 };

function straight(from: Point, to: Point, steps: number): Point[] {
	return Array.from({ length: steps + 1 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }));
}

function trackOf(centre: Point[], halfWidthUnits = 12): LttTrack {
	return { centre, halfWidthUnits, start: { ...centre[0]!, r: 22 }, end: { ...centre[centre.length - 1]!, r: 22 } };
}

/** Turns of the centre line that change direction: left bends followed by right bends and back. */
function bendDirectionChanges(centre: readonly Point[]): number {
	let changes = 0;
	let previous = 0;
	for (let i = 2; i < centre.length; i++) {
		const [a, b, c] = [centre[i - 2]!, centre[i - 1]!, centre[i]!];
		const turn = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
		const sign = Math.abs(turn) < 0.05 ? 0 : Math.sign(turn);
		if (sign !== 0 && previous !== 0 && sign !== previous) changes++;
		if (sign !== 0) previous = sign;
	}
	return changes;
}

describe('lttForms', () => {
	it('has at least four forms ltt-1… and a practice track', () => {
		expect(lttForms.length).toBeGreaterThanOrEqual(4);
		expect(lttForms.map((f) => f.id)).toEqual(lttForms.map((_, i) => `ltt-${i + 1}`));
		expect(lttFormById('ltt-3')).toBe(lttForms[2]);
		expect(lttFormById('ltt-practice')).toBe(lttPracticeForm);
		expect(() => lttFormById('ltt-9')).toThrow(RangeError);
	});

	it('meets every track constraint: margins, no crossing, clearance, gentle bends', () => {
		for (const form of [...lttForms, lttPracticeForm]) {
			expect(lttTrackProblems(form, limits), form.id).toEqual([]);
			expect(selfIntersections(form.centre)).toEqual([]);
			expect(minimumBendRadius(form.centre)).toBeGreaterThanOrEqual(2 * form.halfWidthUnits);
			for (const p of form.centre) {
				expect(p.x - form.halfWidthUnits).toBeGreaterThanOrEqual(40);
				expect(p.x + form.halfWidthUnits).toBeLessThanOrEqual(sheetWidth - 40);
				expect(p.y - form.halfWidthUnits).toBeGreaterThanOrEqual(40);
				expect(p.y + form.halfWidthUnits).toBeLessThanOrEqual(sheetHeight - 40);
			}
		}
	});

	it('has centre lines within ±10 % of the common target (in fact within 1 %)', () => {
		for (const form of lttForms) {
			expect(form.lengthUnits).toBe(pathLength(form.centre));
			expect(Math.abs(form.lengthUnits / lttTestLayout.targetLengthUnits - 1)).toBeLessThan(0.01);
		}
		const lengths = lttForms.map((f) => f.lengthUnits);
		expect(Math.max(...lengths) / Math.min(...lengths)).toBeLessThan(1.1);
		expect(Math.abs(lttPracticeForm.lengthUnits / lttPracticeLayout.targetLengthUnits - 1)).toBeLessThan(0.01);
	});

	it('winds: many bends, different between forms, start top left and end bottom right', () => {
		for (const form of lttForms) {
			expect(bendDirectionChanges(form.centre)).toBeGreaterThanOrEqual(8);
			expect(form.start.x).toBeLessThan(sheetWidth / 2);
			expect(form.start.y).toBeLessThan(sheetHeight / 2);
			expect(form.end.x).toBeGreaterThan(sheetWidth / 2);
			expect(form.end.y).toBeGreaterThan(sheetHeight / 2);
		}
		expect(lttForms[0]!.centre).not.toEqual(lttForms[1]!.centre);
	});

	it('is deterministic per seed and differs between seeds', () => {
		expect(buildLttForms(4, lttFormSeedBase)).toEqual(lttForms);
		expect(generateTrack(77, lttTestLayout)).toEqual(generateTrack(77, lttTestLayout));
		expect(generateTrack(77, lttTestLayout).centre).not.toEqual(generateTrack(78, lttTestLayout).centre);
	});

	it('refuses a layout no seed can meet', () => {
		expect(() => generateTrack(1, { ...lttTestLayout, targetLengthUnits: 9000 })).toThrow(/No LTT track/);
	});
});

describe('lttTrackProblems', () => {
	it('accepts a plain straight track', () => {
		expect(lttTrackProblems(trackOf(straight({ x: 100, y: 350 }, { x: 900, y: 350 }, 80)), limits)).toEqual([]);
	});

	it('finds a centre line that crosses itself', () => {
		const centre = [
			...straight({ x: 100, y: 100 }, { x: 500, y: 500 }, 40),
			...straight({ x: 500, y: 490 }, { x: 500, y: 100 }, 40),
			...straight({ x: 490, y: 100 }, { x: 100, y: 500 }, 40)
		];
		expect(selfIntersections(centre).length).toBeGreaterThan(0);
		expect(lttTrackProblems(trackOf(centre), limits)).toContain('The centre line crosses itself');
	});

	it('finds a corridor in the margin, parts too close together and a sharp bend', () => {
		expect(lttTrackProblems(trackOf(straight({ x: 30, y: 350 }, { x: 900, y: 350 }, 80)), limits)).toContain(
			'The corridor reaches into the sheet margin'
		);
		// Out along y = 300 and back along y = 330: 30 units apart, walls 6 units apart, with a sharp turn.
		const hairpin = [...straight({ x: 100, y: 300 }, { x: 800, y: 300 }, 70), ...straight({ x: 800, y: 330 }, { x: 100, y: 330 }, 70)];
		const problems = lttTrackProblems(trackOf(hairpin), limits);
		expect(problems.some((p) => p.startsWith('Two parts of the track are closer'))).toBe(true);
		expect(problems).toContain('A bend is tighter than 24 units');
	});

	it('computes bend radii', () => {
		expect(circumradius({ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 0 })).toBeCloseTo(1, 12);
		expect(circumradius({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 0 })).toBe(Infinity);
	});
});

describe('distanceToCentreline and insideTrack', () => {
	const track = trackOf(straight({ x: 100, y: 300 }, { x: 900, y: 300 }, 80));

	it('measures to the centre line', () => {
		expect(distanceToCentreline({ x: 400, y: 310 }, track)).toBeCloseTo(10, 12);
		expect(distanceToCentreline({ x: 950, y: 300 }, track)).toBeCloseTo(50, 12);
	});

	it('counts the edge and both areas as inside', () => {
		expect(insideTrack({ x: 400, y: 312 }, track)).toBe(true);
		expect(insideTrack({ x: 400, y: 312.01 }, track)).toBe(false);
		// 20 units off the centre line but within the start and end areas.
		expect(insideTrack({ x: 100, y: 320 }, track)).toBe(true);
		expect(insideTrack({ x: 900, y: 280 }, track)).toBe(true);
		expect(insideTrack({ x: 130, y: 320 }, track)).toBe(false);
	});
});
