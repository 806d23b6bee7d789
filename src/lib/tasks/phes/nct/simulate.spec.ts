import { describe, it, expect } from 'vitest';
import { insideCircle, pathLength } from '../../shared/geometry';
import type { PointerSample } from '../../../model/pointer-sample';
import { nctFormLayout, nctForms } from './forms';
import type { NctCircle } from './layout';
import { feedSamples, nctTimeS, startNct } from './protocol';
import { lineIsClear, nearestClearWrongCircle, simulateNct, type NctDetour } from './simulate';

/** Independent of the protocol: the first sample inside the last circle. */
function firstInside(samples: readonly PointerSample[], circle: NctCircle): PointerSample {
	const found = samples.find((s) => s.phase !== 'up' && insideCircle(s, circle));
	if (found === undefined) throw new Error('never reached');
	return found;
}

const allForms = [...nctForms.ncta, ...nctForms.nctb, ...nctForms.nctaPractice, ...nctForms.nctbPractice];

describe('simulateNct, drawing', () => {
	it('gives a perfect drawer every target in order, no errors, and time = last − first exactly', () => {
		for (const form of allForms) {
			const { circles } = nctFormLayout(form);
			const samples = simulateNct(circles, { speedUnitsPerS: 600, startMs: 5000 });
			const { state, events } = feedSamples(startNct({ circles }), samples);
			const last = firstInside(samples, circles[circles.length - 1]!);
			expect(events.filter((e) => e.type === 'hit').map((e) => e.index)).toEqual(circles.map((_, i) => i));
			expect(state.errors).toEqual([]);
			expect(state.reachedMs[0]).toBe(5000);
			expect(nctTimeS(state)).toBe((last.tMs - 5000) / 1000);
			expect(state.samples).toBe(samples.indexOf(last) + 1);
			// Drawn until just inside the last circle, sampled chords cutting each corner by < one step.
			const path = pathLength(circles);
			const stepUnits = (600 * 8) / 1000;
			expect(state.pathLengthUnits).toBeLessThanOrEqual(path + 1e-6);
			expect(state.pathLengthUnits).toBeGreaterThan(path - circles[0]!.r - (circles.length - 2) * stepUnits);
		}
	});

	it('samples every 8 ms at the given speed in one stroke', () => {
		const { circles } = nctFormLayout(nctForms.ncta[0]);
		const samples = simulateNct(circles, { speedUnitsPerS: 400 });
		expect(samples[0]!.phase).toBe('down');
		expect(samples.at(-1)!.phase).toBe('up');
		expect(samples.slice(1, -1).every((s) => s.phase === 'move')).toBe(true);
		expect(samples.every((s, i) => s.tMs === i * 8)).toBe(true);
		expect(samples.at(-1)!.tMs).toBe(Math.ceil(((pathLength(circles) / 400) * 1000) / 8) * 8);
		expect(samples.at(-1)).toMatchObject({ x: circles[24]!.x, y: circles[24]!.y });
	});

	it('counts every injected detour as exactly one error, pointing back to the last correct target', () => {
		for (const form of [...nctForms.ncta, ...nctForms.nctb]) {
			const { circles } = nctFormLayout(form);
			const detours: NctDetour[] = [{ afterIndex: 0 }, { afterIndex: 7 }, { afterIndex: 7 }, { afterIndex: 15 }];
			const samples = simulateNct(circles, { speedUnitsPerS: 500, detours });
			const { state, events } = feedSamples(startNct({ circles }), samples);
			expect(state.errors.map((e) => e.expectedIndex)).toEqual([1, 8, 8, 16]);
			expect(state.errors.map((e) => e.index)).toEqual(detours.map((d) => nearestClearWrongCircle(circles, d.afterIndex)));
			expect(events.flatMap((e) => (e.type === 'error' ? [e.pointBackTo] : []))).toEqual([0, 7, 7, 15]);
			expect(state.finished).toBe(true);
			expect(nctTimeS(state)).toBe(firstInside(samples, circles[24]!).tMs / 1000);
		}
	});

	it('takes an explicit wrong circle and refuses detours that are not wrong or not clear', () => {
		const { circles } = nctFormLayout(nctForms.nctb[0]);
		const wrong = circles.findIndex((_, i) => i > 4 && lineIsClear(circles, 3, i));
		const samples = simulateNct(circles, { speedUnitsPerS: 500, detours: [{ afterIndex: 3, wrongIndex: wrong }] });
		expect(feedSamples(startNct({ circles }), samples).state.errors.map((e) => e.index)).toEqual([wrong]);
		expect(() => simulateNct(circles, { speedUnitsPerS: 500, detours: [{ afterIndex: 3, wrongIndex: 4 }] })).toThrow(/not a wrong circle/);
		expect(() => simulateNct(circles, { speedUnitsPerS: 500, detours: [{ afterIndex: 24 }] })).toThrow(/last target/);
		const blocked = circles.findIndex((_, i) => i > 4 && !lineIsClear(circles, 3, i));
		expect(() => simulateNct(circles, { speedUnitsPerS: 500, detours: [{ afterIndex: 3, wrongIndex: blocked }] })).toThrow(/crosses/);
	});
});

describe('simulateNct, tapping', () => {
	it('taps every centre, with detours counted exactly and time = last tap − first tap', () => {
		const { circles } = nctFormLayout(nctForms.ncta[1]);
		const detours = [{ afterIndex: 4 }, { afterIndex: 20 }];
		const samples = simulateNct(circles, { speedUnitsPerS: 300, mode: 'tap', startMs: 100, detours });
		expect(samples.filter((s) => s.phase === 'down')).toHaveLength(25 + 2 * 2);
		const { state } = feedSamples(startNct({ circles }), samples);
		expect(state.errors.map((e) => e.expectedIndex)).toEqual([5, 21]);
		expect(state.reachedMs).toHaveLength(25);
		const lastDown = samples.filter((s) => s.phase === 'down').at(-1)!;
		expect(nctTimeS(state)).toBe((lastDown.tMs - 100) / 1000);
		expect(state.pathLengthUnits).toBe(0);
	});
});
