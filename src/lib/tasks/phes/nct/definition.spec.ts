import { describe, it, expect } from 'vitest';
import { defaultParameters } from '../../task-definition';
import { nctaDefinition, nctbDefinition } from './definition';

describe('NCT definitions', () => {
	it('declares ncta and nctb, version 1, with the protocol defaults', () => {
		expect([nctaDefinition.id, nctbDefinition.id, nctaDefinition.version]).toEqual(['ncta', 'nctb', 1]);
		expect(defaultParameters(nctaDefinition)).toEqual({ radius_units: 24, practice_targets: 8, input_mode: 'draw', min_plausible_time_s: 10 });
		expect(defaultParameters(nctbDefinition).min_plausible_time_s).toBe(15);
		for (const p of nctaDefinition.parameters) {
			if (typeof p.default === 'number') expect(p.default).toBeGreaterThanOrEqual(p.min ?? -Infinity);
			if (typeof p.default === 'number') expect(p.default).toBeLessThanOrEqual(p.max ?? Infinity);
		}
	});

	it('has the declared columns in order', () => {
		expect(nctaDefinition.summaryColumns.map((c) => c.name)).toEqual(['time_s', 'errors', 'form_id', 'path_length_units', 'samples', 'validity', 'invalid_reasons']);
		expect(nctbDefinition.trialColumns.map((c) => c.name)).toEqual([
			'target_index',
			'label',
			'reached_ms',
			'since_previous_ms',
			'errors_before'
		]);
	});

	it('lists each test’s own forms as the form_id levels', () => {
		const levels = (d: typeof nctaDefinition) => Object.keys(d.summaryColumns.find((c) => c.name === 'form_id')?.levels ?? {});
		expect(levels(nctaDefinition)).toEqual(['ncta-1', 'ncta-2', 'ncta-3', 'ncta-4', 'ncta-p1', 'ncta-p2', 'ncta-p3', 'ncta-p4']);
		expect(levels(nctbDefinition).every((id) => id.startsWith('nctb-'))).toBe(true);
	});

	it('uses unique snake_case names with descriptions', () => {
		for (const columns of [nctaDefinition.trialColumns, nctaDefinition.summaryColumns]) {
			const names = columns.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
			for (const c of columns) {
				expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(c.description.length).toBeGreaterThan(5);
			}
		}
	});
});
