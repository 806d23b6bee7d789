import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../../model/pointer-sample';
import type { SdtCircle } from './layout';
import { feedSdtSample, feedSdtSamples, sdtMisses, sdtTimeS, startSdt } from './protocol';

const circles: SdtCircle[] = [
	{ x: 100, y: 100, r: 20, row: 0, column: 0 },
	{ x: 200, y: 100, r: 20, row: 0, column: 1 },
	{ x: 100, y: 200, r: 20, row: 1, column: 0 },
	{ x: 200, y: 200, r: 20, row: 1, column: 1 }
];

const s = (x: number, y: number, tMs: number, phase: PointerSample['phase'] = 'down'): PointerSample => ({
	x,
	y,
	tMs,
	phase,
	pointerType: 'touch',
	pressure: 0.5
});

describe('SDT protocol', () => {
	it('assigns the n-th dot to the n-th circle and keeps its distance', () => {
		const { state, events } = feedSdtSamples(startSdt({ circles }), [
			s(103, 104, 500),
			s(200, 100, 900),
			s(100, 230, 1300),
			s(212, 216, 1700)
		]);
		expect(state.dots.map((d) => [d.index, d.row, d.column, d.distanceUnits, d.inside])).toEqual([
			[0, 0, 0, 5, true],
			[1, 0, 1, 0, true],
			[2, 1, 0, 30, false],
			[3, 1, 1, 20, true]
		]);
		expect(sdtMisses(state)).toBe(1);
		expect(state.finished).toBe(true);
		expect(sdtTimeS(state)).toBe(1.2);
		expect(events.at(-1)).toEqual({ type: 'finish', tMs: 1700, timeS: 1.2 });
	});

	it('counts a dot far from the due circle for that circle, as a miss', () => {
		// Meant for circle 2, it landed on circle 4: it still uses up circle 2.
		const { state } = feedSdtSamples(startSdt({ circles }), [s(100, 100, 0), s(200, 200, 100)]);
		expect(state.dots[1]).toMatchObject({ index: 1, row: 0, column: 1, inside: false, x: 200, y: 200, distanceUnits: 100 });
	});

	it('ignores moves, ups and anything after the finish', () => {
		let state = startSdt({ circles });
		for (const sample of [s(100, 100, 0, 'move'), s(200, 100, 10, 'up')]) {
			const result = feedSdtSample(state, sample);
			expect(result.events).toEqual([]);
			state = result.state;
		}
		expect(state.dots).toEqual([]);
		const finished = feedSdtSamples(state, circles.map((c, i) => s(c.x, c.y, i * 100))).state;
		const after = feedSdtSample(finished, s(100, 100, 999));
		expect(after.state).toBe(finished);
		expect(sdtTimeS(finished)).toBe(0.3);
	});

	it('reports no time until every circle is dotted and never mutates a previous state', () => {
		const start = Object.freeze(startSdt({ circles }));
		const one = feedSdtSample(start, s(100, 100, 0)).state;
		expect(start.dots).toEqual([]);
		expect(one.dots).toHaveLength(1);
		expect(sdtTimeS(one)).toBeNull();
		expect(() => startSdt({ circles: [] })).toThrow(RangeError);
	});
});
