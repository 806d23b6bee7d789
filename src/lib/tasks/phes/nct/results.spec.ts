import { describe, it, expect } from 'vitest';
import { nctFormLayout, nctForms } from './forms';
import { feedSamples, startNct } from './protocol';
import { simulateNct } from './simulate';
import { nctSummary, nctTrialRows } from './results';
import { nctMinPlausibleTimeS } from './definition';

const form = nctForms.nctb[3];
const { circles } = nctFormLayout(form);
const detours = [{ afterIndex: 5 }, { afterIndex: 5 }, { afterIndex: 11 }];
// About 16 s: above NCT-B's plausible minimum of 15 s.
const samples = simulateNct(circles, { speedUnitsPerS: 300, startMs: 2000, detours });
const limits = { minPlausibleTimeS: nctMinPlausibleTimeS.b };
const { state } = feedSamples(startNct({ circles }), samples);

describe('nctSummary', () => {
	it('reports time, errors, form, drawn path and samples', () => {
		const summary = nctSummary(state, form.formId, limits);
		expect(summary).toEqual({
			time_s: (state.reachedMs[24]! - 2000) / 1000,
			errors: 3,
			form_id: 'nctb-4',
			path_length_units: state.pathLengthUnits,
			samples: state.samples,
			validity: 'valid',
			invalid_reasons: ''
		});
		expect(summary.path_length_units).toBeGreaterThan(3000);
	});

	it('leaves time_s empty for an unfinished test', () => {
		const partial = feedSamples(startNct({ circles }), samples.slice(0, 100)).state;
		expect(nctSummary(partial, form.formId, limits)).toMatchObject({ time_s: null, samples: 100 });
	});
});

describe('nctTrialRows', () => {
	const rows = nctTrialRows(state);

	it('gives one row per target reached, in order, with labels', () => {
		expect(rows).toHaveLength(25);
		expect(rows.map((r) => r.target_index)).toEqual(circles.map((_, i) => i));
		expect(rows.slice(0, 4).map((r) => r.label)).toEqual(['1', 'A', '2', 'B']);
		expect(rows[0]).toMatchObject({ reached_ms: 2000, since_previous_ms: null });
	});

	it('gives the time since the previous target and the errors made while each target was due', () => {
		for (let i = 1; i < rows.length; i++) {
			expect(rows[i]!.since_previous_ms).toBe(state.reachedMs[i]! - state.reachedMs[i - 1]!);
		}
		expect(rows.map((r) => r.errors_before)).toEqual(circles.map((_, i) => (i === 6 ? 2 : i === 12 ? 1 : 0)));
	});
});
