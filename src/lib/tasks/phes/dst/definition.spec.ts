import { describe, it, expect } from 'vitest';
import { defaultParameters } from '../../task-definition';
import { dstDefinition } from './definition';
import { dstForms } from './forms';
import { dstGlyphIds } from './glyphs';
import { respond, startDst, type DstState } from './protocol';
import { dstSummary, dstTrialRows } from './results';

describe('dstDefinition', () => {
	it('declares a 90 s default, 120 s as the alternative, and 10 practice items', () => {
		expect(defaultParameters(dstDefinition)).toEqual({ time_limit_s: 90, practice_items: 10, max_wrong_percent: 50 });
		expect(dstDefinition.parameters.find((p) => p.name === 'time_limit_s')?.options).toEqual([90, 120]);
	});

	it('uses unique snake_case names, and every glyph is a level of the glyph columns', () => {
		for (const columns of [dstDefinition.trialColumns, dstDefinition.summaryColumns]) {
			const names = columns.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
			for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
		}
		const expected = dstDefinition.trialColumns.find((c) => c.name === 'expected_glyph');
		expect(Object.keys(expected?.levels ?? {})).toEqual([...dstGlyphIds]);
	});

	it('produces rows with exactly the declared columns', () => {
		let state: DstState = startDst(dstForms[0]!, { timeLimitMs: 90_000, startMs: 0 });
		state = respond(state, { glyphId: 'ring', tMs: 1500 }).state;
		const rows = dstTrialRows(state);
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0]!)).toEqual(dstDefinition.trialColumns.map((c) => c.name));
		expect(rows[0]).toMatchObject({ phase: 'test', index: 0, chosen_glyph: 'ring', rt_ms: 1500, t_ms: 1500 });
		expect(Object.keys(dstSummary(state))).toEqual(dstDefinition.summaryColumns.map((c) => c.name));
	});
});
