import { describe, it, expect } from 'vitest';
import { defaultParameters } from '../../task-definition';
import { lttDefinition } from './definition';
import { lttForms } from './forms';
import { addSamples, defaultLttProtocolOptions, startLtt } from './protocol';
import { lttSummary, lttTrialRows } from './results';
import { simulateLtt } from './simulate';

describe('lttDefinition', () => {
	it('declares the protocol defaults the state machine uses', () => {
		expect(defaultParameters(lttDefinition)).toEqual({
			reentry_units: defaultLttProtocolOptions.reentryUnits,
			resume_radius_units: defaultLttProtocolOptions.resumeRadiusUnits,
			min_coverage_percent: defaultLttProtocolOptions.minCoveragePercent,
			max_time_outside_percent: 50,
			min_plausible_time_s: 10
		});
	});

	it('has the summary values of the issue, with units in the names', () => {
		expect(lttDefinition.summaryColumns.map((c) => c.name)).toEqual([
			'time_s', 'errors', 'time_outside_s', 'path_length_outside_units', 'path_length_units', 'lifts', 'form_id', 'coverage_percent', 'validity', 'invalid_reasons'
		]);
		for (const c of [...lttDefinition.summaryColumns, ...lttDefinition.trialColumns]) {
			if (c.name.endsWith('_s')) expect(c.unit).toBe('s');
			if (c.name.endsWith('_ms')) expect(c.unit).toBe('ms');
		}
	});

	it('produces rows with exactly the declared columns', () => {
		const form = lttForms[0]!;
		const { samples } = simulateLtt(form, {
			speedUnitsPerS: 100,
			sampleIntervalMs: 10,
			excursions: [{ atUnits: 1000, depthUnits: 5, outsideMs: 300 }]
		});
		const state = addSamples(startLtt(form), samples);
		const rows = lttTrialRows(state);
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0]!)).toEqual(lttDefinition.trialColumns.map((c) => c.name));
		expect(Object.keys(lttSummary(state))).toEqual(lttDefinition.summaryColumns.map((c) => c.name));
	});
});
