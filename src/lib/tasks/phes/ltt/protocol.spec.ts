import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../../model/pointer-sample';
import type { LttForm } from './forms';
import { addSample, addSamples, defaultLttProtocolOptions, startLtt, type LttState } from './protocol';
import { lttSummary } from './results';

// A straight track along y = 350 from x = 100 to 900: walls at y = 338 and 362, areas of radius 22.
const centre = Array.from({ length: 81 }, (_, i) => ({ x: 100 + 10 * i, y: 350 }));
const form: LttForm = {
	id: 'ltt-test',
	seed: 0,
	centre,
	halfWidthUnits: 12,
	start: { x: 100, y: 350, r: 22 },
	end: { x: 900, y: 350, r: 22 },
	lengthUnits: 800
};

const sample = (x: number, y: number, tMs: number, phase: PointerSample['phase'] = 'move'): PointerSample => ({
	x,
	y,
	tMs,
	phase,
	pointerType: 'pen',
	pressure: 0.5
});

/** Straight moves through the given waypoints at 1 unit per ms, one sample per waypoint. */
function run(points: Array<[number, number, number]>, state: LttState = startLtt(form)): LttState {
	return addSamples(state, points.map(([x, y, t], i) => sample(x, y, t, i === 0 ? 'down' : 'move')));
}

describe('start and end', () => {
	it('starts the clock at a pen-down inside the start area and stops it at the end area', () => {
		// The end area begins at x = 878: reached at t = 1000 + 778.
		const state = run([[100, 350, 1000], [500, 350, 1400], [900, 350, 1800]]);
		expect(state.status).toBe('done');
		expect(state.startMs).toBe(1000);
		expect(state.endMs).toBeCloseTo(1778, 6);
		expect(lttSummary(state)).toMatchObject({ errors: 0, lifts: 0, time_outside_s: 0, form_id: 'ltt-test' });
		expect(lttSummary(state).time_s).toBeCloseTo(0.778, 9);
		expect(state.pathLengthUnits).toBeCloseTo(778, 6);
	});

	it('starts where a trace begun outside slides into the start area', () => {
		// From x = 50 to 90 in 40 ms; the start area begins at x = 78.
		const state = run([[50, 350, 0], [90, 350, 40], [200, 350, 150]]);
		expect(state.status).toBe('tracing');
		expect(state.startMs).toBeCloseTo(28, 6);
		expect(state.pathLengthUnits).toBeCloseTo(122, 6);
	});

	it('ignores hover and everything before the start and after the end', () => {
		let state = startLtt(form);
		state = addSample(state, sample(100, 350, 0, 'move'));
		expect(state.status).toBe('waiting');
		state = run([[300, 500, 10], [400, 500, 20]], state);
		expect([state.status, state.excursions.length]).toEqual(['waiting', 0]);
		state = addSample(state, sample(400, 500, 30, 'up'));
		const done = run([[100, 350, 100], [900, 350, 900]], state);
		expect(addSample(done, sample(0, 0, 1000, 'down'))).toBe(done);
		expect(lttSummary(run([[100, 350, 0], [300, 350, 200]])).time_s).toBeNull();
	});

	it('refuses samples back in time and keeps earlier states unchanged', () => {
		const before = run([[100, 350, 0], [300, 350, 200]]);
		expect(() => addSample(before, sample(310, 350, 150))).toThrow(RangeError);
		const after = addSample(before, sample(300, 380, 230));
		expect(after.excursions).toHaveLength(1);
		expect(before.excursions).toHaveLength(0);
		expect(before.outside).toBe(false);
	});
});

describe('excursions', () => {
	it('counts one excursion with interpolated times, time and path outside', () => {
		// Up from y = 350 to 330 between t = 300 and 320: the wall at 338 is crossed at t = 312.
		const state = run([[100, 350, 0], [300, 350, 200], [300, 330, 220], [340, 330, 260], [340, 350, 280], [900, 350, 840]]);
		expect(state.excursions).toHaveLength(1);
		const [e] = state.excursions;
		expect(e!.startMs).toBeCloseTo(212, 6);
		expect(e!.endMs).toBeCloseTo(268, 6);
		expect(e!.timeOutsideMs).toBeCloseTo(56, 6);
		expect(e!.pathLengthOutsideUnits).toBeCloseTo(8 + 40 + 8, 6);
		expect(e!.maxDepthUnits).toBeCloseTo(8, 6);
		expect(lttSummary(state)).toMatchObject({ errors: 1 });
		expect(lttSummary(state).time_outside_s).toBeCloseTo(0.056, 9);
	});

	it('merges a return that does not come back firmly inside, and splits one that does', () => {
		// Out to 336, back to 339 (1 unit inside: not firm), out again, back to 350, out a third time.
		const path: Array<[number, number, number]> = [
			[100, 350, 0], [200, 350, 100], [200, 336, 114], [210, 339, 124], [220, 336, 134],
			[230, 350, 148], [240, 330, 168], [250, 350, 188], [900, 350, 838]
		];
		const state = run(path);
		expect(state.excursions).toHaveLength(2);
		expect(state.excursions[0]!.startMs).toBeCloseTo(112, 6);
		// The merged excursion ends at its last return inside.
		expect(state.excursions[0]!.endMs).toBeGreaterThan(134);
		const noHysteresis = run(path, startLtt(form, { ...defaultLttProtocolOptions, reentryUnits: 0 }));
		expect(noHysteresis.excursions).toHaveLength(3);
		// Time outside is the same either way: only time actually beyond the edge counts.
		const outside = (s: LttState) => s.excursions.reduce((sum, e) => sum + e.timeOutsideMs, 0);
		expect(outside(state)).toBeCloseTo(outside(noHysteresis), 9);
	});

	it('does not count being inside the start or end area as outside', () => {
		const state = run([[100, 350, 0], [100, 368, 18], [110, 350, 40], [890, 368, 820]]);
		expect(state.excursions).toHaveLength(1);
		expect(state.status).toBe('done');
		// The trace drifted out on the way and re-entered only at the end area.
		expect(state.excursions[0]!.endMs).toBeCloseTo(state.endMs!, 6);
	});
});

describe('lifts', () => {
	it('records a lift, keeps the clock running and resumes only near the lift point', () => {
		let state = run([[100, 350, 0], [400, 350, 300]]);
		state = addSample(state, sample(400, 350, 300, 'up'));
		// Down far away (a shortcut) is ignored, as is dragging there.
		state = addSamples(state, [sample(800, 350, 500, 'down'), sample(850, 350, 550), sample(850, 350, 560, 'up')]);
		expect(state.pathLengthUnits).toBeCloseTo(300, 6);
		state = addSamples(state, [sample(405, 352, 2000, 'down'), sample(900, 350, 2495)]);
		expect(state.status).toBe('done');
		expect(lttSummary(state)).toMatchObject({ lifts: 1, errors: 0 });
		// Lifted from 300 to 2000 ms; the last segment meets the end area 22 units before its end.
		expect(state.endMs! - state.startMs!).toBeCloseTo(2495 - (22 * 495) / Math.hypot(495, 2), 6);
		expect(state.pathLengthUnits).toBeGreaterThan(772);
	});

	it('counts coming back down outside the corridor as an excursion', () => {
		let state = run([[100, 350, 0], [400, 350, 300]]);
		state = addSamples(state, [sample(400, 350, 300, 'up'), sample(400, 370, 800, 'down'), sample(420, 350, 820)]);
		expect(state.excursions).toHaveLength(1);
		expect(state.excursions[0]!.startMs).toBe(800);
		expect(state.lifts).toBe(1);
	});

	it('treats a second down without an up as a lift', () => {
		const state = addSamples(run([[100, 350, 0], [400, 350, 300]]), [sample(402, 350, 400, 'down'), sample(500, 350, 500)]);
		expect(state.lifts).toBe(1);
		expect(state.pathLengthUnits).toBeCloseTo(398, 6);
	});

	it('refuses options that make no sense', () => {
		expect(() => startLtt(form, { ...defaultLttProtocolOptions, reentryUnits: 12, resumeRadiusUnits: 24 })).toThrow(RangeError);
		expect(() => startLtt(form, { ...defaultLttProtocolOptions, reentryUnits: 3, resumeRadiusUnits: 0 })).toThrow(RangeError);
	});
});
