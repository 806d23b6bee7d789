// Synthetic participants whose performance the subtest did not really receive: each must end
// without a valid score, with its reason in plain words, while an honest run stays valid.
import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../model/pointer-sample';
import { defaultParameters } from '../task-definition';
import { lttSpec } from './ltt/adapter';
import { lttForms } from './ltt/forms';
import { simulateLtt } from './ltt/simulate';
import { nctaSpec, nctbSpec } from './nct/adapter';
import { nctFormById, nctFormLayout } from './nct/forms';
import { simulateNct } from './nct/simulate';
import { sdtSpec } from './sdt/adapter';
import { sdtFormLayout, sdtForms } from './sdt/forms';
import { simulateSdt } from './sdt/simulate';
import type { SubtestAdapter, SubtestSpec } from './subtest';

const pen = (x: number, y: number, tMs: number, phase: PointerSample['phase']): PointerSample => ({ x, y, tMs, phase, pointerType: 'pen', pressure: 0.5 });

/** The subtest's first test form, built as the battery builds it, with its declared defaults. */
const testOf = (spec: SubtestSpec): SubtestAdapter => spec.test(spec.forms[0]!, defaultParameters(spec.definition));

function fed(adapter: SubtestAdapter, samples: readonly PointerSample[]): { finished: boolean; rows: number } {
	let finished = false;
	let rows = 0;
	for (const sample of samples) {
		const step = adapter.feed({ kind: 'samples', samples: [sample] });
		finished = step.finished;
		rows += step.rows.length;
	}
	return { finished, rows };
}

describe('LTT: a straight stroke from the start to the end area', () => {
	const form = lttForms[0]!;
	const stroke = Array.from({ length: 101 }, (_, i) =>
		pen(form.start.x + ((form.end.x - form.start.x) * i) / 100, form.start.y + ((form.end.y - form.start.y) * i) / 100, 1000 + 20 * i, i === 0 ? 'down' : i === 100 ? 'up' : 'move')
	);

	it('does not end the test on reaching the end area', () => {
		const adapter = testOf(lttSpec);
		expect(fed(adapter, stroke.slice(0, -1)).finished).toBe(false);
	});

	it('ends incomplete when the pen is lifted there: no time, invalid, the coverage in the reason', () => {
		const adapter = testOf(lttSpec);
		expect(fed(adapter, stroke).finished).toBe(true);
		const summary = adapter.summary();
		expect(summary.time_s).toBeNull();
		expect(summary.coverage_percent).toBeLessThan(10);
		expect(summary.validity).toBe('invalid');
		expect(summary.invalid_reasons).toMatch(/^trace covered \d+ % of the track \(at least 95 % needed\)/);
	});

	it('while a trace along the track ends at the end area, covered, valid', () => {
		const adapter = testOf(lttSpec);
		const { samples } = simulateLtt(form, { speedUnitsPerS: 60, sampleIntervalMs: 8, excursions: [{ atUnits: 900, depthUnits: 5, outsideMs: 300 }] });
		expect(fed(adapter, samples).finished).toBe(true);
		const summary = adapter.summary();
		expect(summary).toMatchObject({ errors: 1, validity: 'valid', invalid_reasons: '' });
		expect(summary.time_s).toBeGreaterThan(40);
		expect(summary.coverage_percent).toBeGreaterThan(99);
	});

	it('a trace run beside the track, outside it, is invalid for its time outside', () => {
		const adapter = testOf(lttSpec);
		const { samples } = simulateLtt(form, { speedUnitsPerS: 60, sampleIntervalMs: 8, lateralUnits: (s) => (s > 100 && s < 2800 ? 20 : 0) });
		fed(adapter, samples);
		const summary = adapter.summary();
		expect(summary.errors).toBe(1);
		expect(summary.validity).toBe('invalid');
		expect(summary.invalid_reasons).toMatch(/^trace outside the track for \d+ % of the time \(at most 50 % allowed\)$/);
	});
});

describe('SDT', () => {
	const { circles } = sdtFormLayout(sdtForms.test[0]);

	it('100 taps and more on one spot dot every circle, nearly all as misses: invalid', () => {
		const adapter = testOf(sdtSpec);
		const spot = circles[0]!;
		let taps = 0;
		for (let finished = false; !finished && taps < 200; taps++) {
			const t = 119 * taps;
			finished = fed(adapter, [pen(spot.x, spot.y, t, 'down'), pen(spot.x, spot.y, t + 30, 'up')]).finished;
		}
		expect(taps).toBeGreaterThanOrEqual(100);
		expect(taps).toBeLessThan(110);
		const summary = adapter.summary();
		expect(summary.misses).toBe(99);
		expect(summary.validity).toBe('invalid');
		expect(String(summary.invalid_reasons).split('; ')).toEqual([
			'99 dots outside their circle (at most 20 allowed)',
			expect.stringMatching(/^finished in 1[12](\.\d)? s, faster than the plausible minimum of 15 s$/)
		]);
	});

	it('an accidental double tap is recorded, not counted, and shifts no later dot', () => {
		const options = { intervalMs: 400, misses: [30] };
		const plain = testOf(sdtSpec);
		fed(plain, simulateSdt(circles, options));
		const doubled = testOf(sdtSpec);
		const { rows } = fed(doubled, simulateSdt(circles, { ...options, doubleTaps: [10, 60] }));
		expect(rows).toBe(102);
		const summary = doubled.summary();
		expect(summary).toMatchObject({ ignored_taps: 2, misses: 1, out_of_order_dots: 0, validity: 'valid' });
		expect(summary.time_s).toBe(plain.summary().time_s);
		expect(summary.mean_distance_units).toBe(plain.summary().mean_distance_units);
	});

	it('an honest participant is valid', () => {
		const adapter = testOf(sdtSpec);
		expect(fed(adapter, simulateSdt(circles, { intervalMs: 400, misses: [5, 50] })).finished).toBe(true);
		expect(adapter.summary()).toMatchObject({ misses: 2, validity: 'valid', invalid_reasons: '' });
	});
});

describe('NCT', () => {
	for (const [spec, minS] of [[nctaSpec, 10], [nctbSpec, 15]] as const) {
		const { circles } = nctFormLayout(nctFormById(spec.forms[0]!.formId));
		const lengthUnits = circles.slice(1).reduce((sum, c, i) => sum + Math.hypot(c.x - circles[i]!.x, c.y - circles[i]!.y), 0);

		it(`${spec.id}: a sheet connected faster than ${minS} s is invalid; errors alone are not`, () => {
			const fast = testOf(spec);
			expect(fed(fast, simulateNct(circles, { speedUnitsPerS: lengthUnits / 3 })).finished).toBe(true);
			expect(fast.summary()).toMatchObject({ validity: 'invalid', invalid_reasons: `finished in 3 s, faster than the plausible minimum of ${minS} s` });

			const careful = testOf(spec);
			fed(careful, simulateNct(circles, { speedUnitsPerS: lengthUnits / (minS + 20), detours: [{ afterIndex: 3 }, { afterIndex: 12 }] }));
			expect(careful.summary()).toMatchObject({ errors: 2, validity: 'valid', invalid_reasons: '' });
		});
	}
});
