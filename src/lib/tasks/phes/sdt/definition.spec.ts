import { describe, it, expect } from 'vitest';
import { defaultParameters } from '../../task-definition';
import { sdtDefinition } from './definition';
import { generateSdtLayout, sdtGeometry } from './layout';

describe('sdtDefinition', () => {
	it('declares the sdt task, version 2, with its defaults', () => {
		expect([sdtDefinition.id, sdtDefinition.version]).toEqual(['sdt', 2]);
		expect(defaultParameters(sdtDefinition)).toEqual({ radius_units: 20, practice_circles: 10, double_tap_ms: 300, max_misses: 20, min_plausible_time_s: 15 });
	});

	it('allows only radii that keep the jittered circles apart', () => {
		const radius = sdtDefinition.parameters.find((p) => p.name === 'radius_units')!;
		expect(() => generateSdtLayout(1, { ...sdtGeometry, radiusUnits: radius.max! })).not.toThrow();
		expect(() => generateSdtLayout(1, { ...sdtGeometry, radiusUnits: radius.max! + 1 })).toThrow(RangeError);
	});

	it('has the declared columns in order', () => {
		expect(sdtDefinition.summaryColumns.map((c) => c.name)).toEqual(['time_s', 'misses', 'ignored_taps', 'out_of_order_dots', 'mean_distance_units', 'form_id', 'validity', 'invalid_reasons']);
		expect(sdtDefinition.trialColumns.map((c) => c.name)).toEqual(['index', 'row', 'column', 'distance_units', 'inside', 't_ms', 'ignored']);
		const formId = sdtDefinition.summaryColumns.find((c) => c.name === 'form_id')!;
		expect(Object.keys(formId.levels ?? {})).toEqual(['sdt-1', 'sdt-2', 'sdt-3', 'sdt-4', 'sdt-p1', 'sdt-p2', 'sdt-p3', 'sdt-p4']);
	});
});
