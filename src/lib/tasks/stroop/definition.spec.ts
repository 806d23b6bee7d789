import { describe, it, expect } from 'vitest';
import { defaultParameters } from '../task-definition';
import { stroopDefinition } from './definition';

describe('stroopDefinition', () => {
	it('is the stroop task, version 1', () => {
		expect([stroopDefinition.id, stroopDefinition.version]).toEqual(['stroop', 2]);
	});

	it('declares the protocol defaults', () => {
		expect(defaultParameters(stroopDefinition)).toEqual({
			run_length: 10,
			correct_runs_per_state: 5,
			practice_runs_per_state: 2,
			max_practice_runs_per_state: 5,
			max_runs_per_state: 20,
			anticipation_ms: 150,
			response_modality: 'pointer'
		});
		for (const p of stroopDefinition.parameters) {
			if (typeof p.default === 'number') {
				expect(p.default).toBeGreaterThanOrEqual(p.min ?? -Infinity);
				expect(p.default).toBeLessThanOrEqual(p.max ?? Infinity);
			}
		}
	});

	it('uses unique snake_case column names with descriptions', () => {
		for (const columns of [stroopDefinition.trialColumns, stroopDefinition.summaryColumns]) {
			const names = columns.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
			for (const c of columns) {
				expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(c.description.length).toBeGreaterThan(5);
				if (c.type === 'category') expect(Object.keys(c.levels ?? {}).length).toBeGreaterThan(1);
			}
		}
	});

	it('has the trial columns in order', () => {
		expect(stroopDefinition.trialColumns.map((c) => c.name)).toEqual([
			'state', 'phase', 'run', 'index', 'word', 'word_colour', 'ink', 'response', 'correct',
			'onset_ms', 'response_ms', 'rt_ms', 'modality', 'onset_method', 'longest_frame_ms', 'gap_ms'
		]);
	});

	it('has nullable seconds in the summary and units on every time', () => {
		const summary = stroopDefinition.summaryColumns;
		expect(summary.map((c) => c.name)).toContain('total_time_s');
		for (const c of summary.filter((c) => c.name.endsWith('_s'))) {
			expect([c.unit, c.nullable]).toEqual(['s', true]);
		}
		for (const c of stroopDefinition.trialColumns.filter((c) => c.name.endsWith('_ms'))) expect(c.unit).toBe('ms');
	});
});
