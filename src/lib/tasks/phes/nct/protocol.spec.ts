import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../../model/pointer-sample';
import type { NctCircle } from './layout';
import { feedSample, feedSamples, nctTimeS, startNct, type NctState } from './protocol';

// A square: 1 top left, 2 top right, 3 bottom right, 4 bottom left.
const circles: NctCircle[] = [
	{ x: 100, y: 100, r: 20, label: '1' },
	{ x: 300, y: 100, r: 20, label: '2' },
	{ x: 300, y: 300, r: 20, label: '3' },
	{ x: 100, y: 300, r: 20, label: '4' }
];

const s = (x: number, y: number, tMs: number, phase: PointerSample['phase'] = 'move'): PointerSample => ({
	x,
	y,
	tMs,
	phase,
	pointerType: 'pen',
	pressure: phase === 'up' ? 0 : 0.5
});

const run = (samples: PointerSample[]) => feedSamples(startNct({ circles }), samples);

describe('NCT protocol', () => {
	it('starts the clock at circle 1 and stops it at the last circle', () => {
		const { state, events } = run([
			s(100, 100, 1000, 'down'),
			s(290, 100, 1500),
			s(300, 290, 2100),
			s(110, 300, 2900),
			s(100, 300, 3000, 'up')
		]);
		expect(events.map((e) => e.type)).toEqual(['hit', 'hit', 'hit', 'hit', 'finish']);
		expect(state.reachedMs).toEqual([1000, 1500, 2100, 2900]);
		expect(state.finished).toBe(true);
		expect(nctTimeS(state)).toBe(1.9);
		expect(events.at(-1)).toEqual({ type: 'finish', tMs: 2900, timeS: 1.9 });
		// The up sample came after the finish and is not counted.
		expect(state.samples).toBe(4);
		expect(state.pathLengthUnits).toBeCloseTo(190 + 2 * Math.hypot(10, 190), 9);
	});

	it('counts a wrong circle once per entry and points back to the last correct one', () => {
		const { state, events } = run([
			s(100, 100, 0, 'down'),
			s(300, 100, 400),
			s(100, 290, 800),
			s(100, 300, 900),
			s(100, 310, 1000),
			s(200, 300, 1100),
			s(100, 300, 1200)
		]);
		expect(state.errors).toEqual([
			{ index: 3, label: '4', tMs: 800, expectedIndex: 2 },
			{ index: 3, label: '4', tMs: 1200, expectedIndex: 2 }
		]);
		expect(events.filter((e) => e.type === 'error')).toEqual([
			{ type: 'error', index: 3, label: '4', tMs: 800, pointBackTo: 1 },
			{ type: 'error', index: 3, label: '4', tMs: 1200, pointBackTo: 1 }
		]);
		expect(state.pointBackTo).toBe(1);
		expect(state.nextIndex).toBe(2);
		// Back to the due target: the pointer clears and the test goes on.
		const resumed = feedSamples(state, [s(300, 100, 1500), s(300, 300, 1900), s(100, 300, 2300)]).state;
		expect(resumed.pointBackTo).toBeNull();
		expect(resumed.finished).toBe(true);
		expect(resumed.errors).toHaveLength(2);
		expect(nctTimeS(resumed)).toBe(2.3);
	});

	it('ignores circles already reached', () => {
		const { state, events } = run([s(100, 100, 0, 'down'), s(300, 100, 100), s(100, 100, 200), s(300, 100, 300)]);
		expect(events.map((e) => e.type)).toEqual(['hit', 'hit']);
		expect(state.errors).toEqual([]);
		expect(state.nextIndex).toBe(2);
	});

	it('counts taps: each down inside a circle is an entry', () => {
		const { state } = run([
			s(100, 100, 0, 'down'),
			s(100, 100, 50, 'up'),
			s(300, 300, 400, 'down'),
			s(300, 300, 450, 'up'),
			s(300, 300, 600, 'down'),
			s(300, 300, 650, 'up'),
			s(300, 100, 900, 'down')
		]);
		expect(state.errors.map((e) => e.tMs)).toEqual([400, 600]);
		expect(state.reachedMs).toEqual([0, 900]);
		expect(state.penDown).toBe(true);
		// No line was drawn between taps.
		expect(state.pathLengthUnits).toBe(0);
	});

	it('ignores hover moves with the pen up, but counts them as samples', () => {
		const { state, events } = run([s(300, 300, 0), s(100, 300, 10), s(300, 100, 20), s(50, 50, 30, 'up')]);
		expect(events).toEqual([]);
		expect(state.samples).toBe(4);
		expect(state.errors).toEqual([]);
	});

	it('counts a wrong circle touched before circle 1 and points to circle 1, without starting the clock', () => {
		const { state } = run([s(300, 300, 0, 'down'), s(300, 300, 10, 'up')]);
		expect(state.errors).toEqual([{ index: 2, label: '3', tMs: 0, expectedIndex: 0 }]);
		expect(state.pointBackTo).toBe(0);
		expect(state.reachedMs).toEqual([]);
	});

	it('measures the drawn path only with the pen down and while the clock runs', () => {
		const { state } = run([
			s(500, 500, 0, 'down'),
			s(100, 100, 100),
			s(200, 100, 200),
			s(200, 100, 250, 'up'),
			s(250, 200, 260),
			s(250, 100, 300, 'down'),
			s(300, 100, 400)
		]);
		// 500,500 → 100,100 came before circle 1 was reached; the pen-up jump is not drawn.
		expect(state.pathLengthUnits).toBe(100 + 50);
	});

	it('changes nothing after the finish and never mutates a previous state', () => {
		const start = Object.freeze(startNct({ circles }));
		const finished = run([s(100, 100, 0, 'down'), s(300, 100, 1), s(300, 300, 2), s(100, 300, 3)]).state;
		const after = feedSample(finished, s(300, 300, 4, 'down'));
		expect(after.state).toBe(finished);
		expect(after.events).toEqual([]);
		const first = feedSample(start, s(100, 100, 0, 'down'));
		expect(start.reachedMs).toEqual([]);
		expect(first.state.reachedMs).toEqual([0]);
	});

	it('needs at least two circles and reports no time until finished', () => {
		expect(() => startNct({ circles: circles.slice(0, 1) })).toThrow(RangeError);
		const partial: NctState = run([s(100, 100, 0, 'down'), s(300, 100, 500)]).state;
		expect(nctTimeS(partial)).toBeNull();
	});
});
