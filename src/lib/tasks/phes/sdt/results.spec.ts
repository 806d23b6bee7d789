import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../../model/pointer-sample';
import { sdtFormLayout, sdtForms } from './forms';
import { feedSdtSamples, startSdt } from './protocol';
import { simulateSdt } from './simulate';
import { sdtSummary, sdtTrialRows } from './results';

const down = (x: number, y: number, tMs: number): PointerSample => ({ x, y, tMs, phase: 'down', pointerType: 'pen', pressure: 0.5 });

describe('sdtSummary', () => {
	it('reports time, misses, mean distance and the form (worked example)', () => {
		const circles = [0, 1, 2].map((column) => ({ x: 100 + 100 * column, y: 100, r: 20, row: 0, column }));
		const { state } = feedSdtSamples(startSdt({ circles }), [down(102, 100, 0), down(200, 104, 250), down(330, 100, 500)]);
		const limits = { maxMisses: 1, minPlausibleTimeS: 0.5 };
		expect(sdtSummary(state, 'sdt-p1', limits)).toEqual({
			time_s: 0.5,
			misses: 1,
			ignored_taps: 0,
			out_of_order_dots: 0,
			mean_distance_units: 12,
			form_id: 'sdt-p1',
			validity: 'valid',
			invalid_reasons: ''
		});
		expect(sdtSummary(state, 'sdt-p1', { maxMisses: 0, minPlausibleTimeS: 1 })).toMatchObject({
			validity: 'invalid',
			invalid_reasons: '1 dots outside their circle (at most 0 allowed); finished in 0.5 s, faster than the plausible minimum of 1 s'
		});
	});

	it('leaves time and mean distance empty when they do not exist yet', () => {
		const { circles } = sdtFormLayout(sdtForms.test[0]);
		expect(sdtSummary(startSdt({ circles }), 'sdt-1')).toEqual({
			time_s: null,
			misses: 0,
			ignored_taps: 0,
			out_of_order_dots: 0,
			mean_distance_units: null,
			form_id: 'sdt-1',
			validity: 'invalid',
			invalid_reasons: '0 of 100 circles dotted'
		});
	});
});

describe('sdtTrialRows', () => {
	it('gives one row per dot in row order', () => {
		const { circles } = sdtFormLayout(sdtForms.test[1]);
		const { state } = feedSdtSamples(startSdt({ circles }), simulateSdt(circles, { intervalMs: 350, misses: [42] }));
		const rows = sdtTrialRows(state);
		expect(rows).toHaveLength(100);
		expect(rows[42]).toMatchObject({ index: 42, row: 4, column: 2, inside: false, t_ms: 42 * 350 });
		expect(rows[42]!.distance_units).toBeCloseTo(26, 9);
		expect(rows.filter((r) => !r.inside)).toHaveLength(1);
	});
});
