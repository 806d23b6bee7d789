import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../../model/pointer-sample';
import type { SdtCircle } from './layout';
import { feedSdtSample, feedSdtSamples, sdtIgnoredTaps, sdtMisses, sdtOutOfOrderDots, sdtTimeS, startSdt } from './protocol';

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
	it('dots each circle tapped in order, a near miss to its own circle, and keeps its distance', () => {
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

	it('gives a dot inside an undotted circle to that circle, and a dot outside every circle to the nearest undotted one', () => {
		// Circle 2 skipped: the dot on circle 4 dots circle 4; circle 2 stays open for a later dot.
		const { state } = feedSdtSamples(startSdt({ circles }), [s(100, 100, 0), s(200, 200, 1000), s(150, 130, 2000), s(130, 190, 3000)]);
		expect(state.dots.map((d) => [d.index, d.inside])).toEqual([[0, true], [3, true], [1, false], [2, false]]);
		expect(state.dots[2]).toMatchObject({ row: 0, column: 1, x: 150, y: 130, distanceUnits: Math.hypot(50, 30) });
		expect(state.finished).toBe(true);
		expect(sdtOutOfOrderDots(state)).toBe(1);
	});

	it('takes the first circle in reading order when two undotted circles are equally near', () => {
		const { state } = feedSdtSamples(startSdt({ circles }), [s(150, 150, 0)]);
		expect(state.dots[0]).toMatchObject({ index: 0, inside: false });
	});

	it('records a second tap on a circle just dotted as ignored, without shifting later dots', () => {
		const taps = [s(100, 100, 0), s(101, 101, 80), s(200, 100, 500), s(100, 200, 1000), s(200, 200, 1500)];
		const { state, events } = feedSdtSamples(startSdt({ circles }, { doubleTapMs: 300 }), taps);
		expect(state.dots.map((d) => [d.index, d.inside])).toEqual([[0, true], [1, true], [2, true], [3, true]]);
		expect(state.taps.map((t) => [t.index, t.ignored])).toEqual([[0, false], [0, true], [1, false], [2, false], [3, false]]);
		expect(events.filter((e) => e.type === 'ignored')).toHaveLength(1);
		expect(sdtIgnoredTaps(state)).toBe(1);
		expect(sdtTimeS(state)).toBe(1.5);
		// The rule removed (no double-tap window), the second tap uses up circle 1 as a miss, the
		// tap on circle 1 then goes elsewhere as another, and the test ends a tap early.
		const counted = feedSdtSamples(startSdt({ circles }, { doubleTapMs: 0 }), taps).state;
		expect(sdtMisses(counted)).toBe(2);
		expect(counted.finished).toBe(true);
		expect(counted.dots.at(-1)!.tMs).toBe(1000);
	});

	it('counts a tap on a circle dotted longer ago than the double-tap window as a dot for the nearest undotted circle', () => {
		const { state } = feedSdtSamples(startSdt({ circles }, { doubleTapMs: 300 }), [s(100, 100, 0), s(100, 100, 301)]);
		expect(state.taps.map((t) => t.ignored)).toEqual([false, false]);
		expect(state.dots[1]).toMatchObject({ index: 1, inside: false });
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
