import { describe, it, expect } from 'vitest';
import { mulberry32 } from '../../shared/random';
import { sdtFormLayout, sdtForms } from './forms';
import { feedSdtSamples, sdtMisses, sdtTimeS, startSdt } from './protocol';
import { simulateSdt } from './simulate';

describe('simulateSdt end to end', () => {
	it('counts deliberate misses exactly and times first to last dot exactly', () => {
		for (const form of sdtForms.test) {
			const { circles } = sdtFormLayout(form);
			const misses = [0, 9, 10, 55, 99];
			const samples = simulateSdt(circles, { intervalMs: 380, startMs: 1234, misses, rng: mulberry32(form.seed) });
			const { state } = feedSdtSamples(startSdt({ circles }), samples);
			expect(state.finished).toBe(true);
			expect(sdtMisses(state)).toBe(5);
			expect(state.dots.flatMap((d) => (d.inside ? [] : [d.index]))).toEqual(misses);
			expect(sdtTimeS(state)).toBe((1234 + 99 * 380 - 1234) / 1000);
			expect(state.dots.filter((d) => !d.inside).every((d) => Math.abs(d.distanceUnits - 26) < 1e-9)).toBe(true);
			expect(state.dots.filter((d) => d.inside).every((d) => d.distanceUnits <= 12 + 1e-9)).toBe(true);
		}
	});

	it('gives a careful participant no misses, with hover moves ignored', () => {
		const { circles } = sdtFormLayout(sdtForms.test[2]);
		const samples = simulateSdt(circles, { intervalMs: 400 });
		expect(samples.filter((s) => s.phase === 'move')).toHaveLength(99);
		const { state } = feedSdtSamples(startSdt({ circles }), samples);
		expect([state.dots.length, sdtMisses(state), sdtTimeS(state)]).toEqual([100, 0, 39.6]);
	});

	it('is deterministic for a seeded rng and checks its options', () => {
		const { circles } = sdtFormLayout(sdtForms.practice[0]);
		const once = () => simulateSdt(circles, { intervalMs: 300, misses: [3], rng: mulberry32(9) });
		expect(once()).toEqual(once());
		expect(() => simulateSdt(circles, { intervalMs: 30 })).toThrow(RangeError);
		expect(() => simulateSdt(circles, { intervalMs: 300, missByUnits: 0 })).toThrow(RangeError);
	});
});
