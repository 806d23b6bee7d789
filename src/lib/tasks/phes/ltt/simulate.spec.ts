import { describe, it, expect } from 'vitest';
import { mulberry32 } from '../../shared/random';
import { distance } from '../../shared/geometry';
import { lttForms } from './forms';
import { cumulativeLengths, positionAt } from './polyline';
import { addSamples, defaultLttProtocolOptions, startLtt } from './protocol';
import { lttSummary, lttTrialRows } from './results';
import { simulateLtt, type LttInjectedExcursion } from './simulate';
import type { LttTrack } from './track';

const speed = 50;
const interval = 8;

/** Arc length at which the centre line enters the end area, by bisection. */
function arcAtEndArea(track: LttTrack): number {
	const cumulative = cumulativeLengths(track.centre);
	let lo = 0;
	let hi = cumulative[cumulative.length - 1]!;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (distance(positionAt(track.centre, cumulative, mid).point, track.end) <= track.end.r) hi = mid;
		else lo = mid;
	}
	return hi;
}

const excursions: LttInjectedExcursion[] = [
	{ atUnits: 300, depthUnits: 6, outsideMs: 400 },
	{ atUnits: 700, depthUnits: 1, outsideMs: 120, side: -1 },
	{ atUnits: 1100, depthUnits: 10, outsideMs: 900, side: -1, rampMs: 120 },
	{ atUnits: 1600, depthUnits: 3, outsideMs: 60, rampMs: 20 },
	{ atUnits: 2100, depthUnits: 15, outsideMs: 250 },
	{ atUnits: 2600, depthUnits: 4, outsideMs: 1500, side: -1 }
];

describe('simulateLtt', () => {
	it('traces a clean run with no errors and the exact time', () => {
		for (const form of lttForms) {
			const { samples } = simulateLtt(form, { speedUnitsPerS: speed, sampleIntervalMs: interval, startMs: 1234.5 });
			const state = addSamples(startLtt(form), samples);
			const summary = lttSummary(state);
			expect(summary).toMatchObject({ errors: 0, lifts: 0, time_outside_s: 0, path_length_outside_units: 0, form_id: form.id });
			expect(summary.time_s as number).toBeCloseTo(arcAtEndArea(form) / speed, 6);
			// The samples' chords cut the centre line's corners by a hair.
			expect(summary.path_length_units as number).toBeCloseTo(arcAtEndArea(form), 1);
		}
	});

	it('counts every injected excursion exactly once, with its times to the ms', () => {
		const form = lttForms[1]!;
		const { samples, injected } = simulateLtt(form, { speedUnitsPerS: speed, sampleIntervalMs: interval, excursions });
		const state = addSamples(startLtt(form), samples);
		expect(state.excursions).toHaveLength(excursions.length);
		state.excursions.forEach((measured, i) => {
			expect(Math.abs(measured.startMs - injected[i]!.startMs)).toBeLessThan(1);
			expect(Math.abs(measured.endMs! - injected[i]!.endMs)).toBeLessThan(1);
			expect(Math.abs(measured.timeOutsideMs - excursions[i]!.outsideMs)).toBeLessThan(1);
			expect(measured.maxDepthUnits).toBeCloseTo(excursions[i]!.depthUnits, 0);
			// At least the distance travelled along the track while outside.
			expect(measured.pathLengthOutsideUnits).toBeGreaterThanOrEqual((speed * excursions[i]!.outsideMs) / 1000 - 0.5);
		});
		const summary = lttSummary(state);
		expect(summary.errors).toBe(6);
		expect(summary.time_outside_s as number).toBeCloseTo(excursions.reduce((sum, e) => sum + e.outsideMs, 0) / 1000, 2);
		// Swerving sideways does not delay progress along the track.
		expect(summary.time_s as number).toBeCloseTo(arcAtEndArea(form) / speed, 6);
		expect(lttTrialRows(state)).toHaveLength(6);
	});

	it('counts a shaky stretch along the edge once, where no hysteresis would count it many times', () => {
		const form = lttForms[0]!;
		const rng = mulberry32(42);
		const hw = form.halfWidthUnits;
		// From 800 to 1200 units the pen runs 1 unit inside the edge with ±1.5 units of jitter.
		const shaky = (s: number) => (s > 800 && s < 1200 ? hw - 1 + 3 * (rng() - 0.5) : 0);
		const { samples } = simulateLtt(form, { speedUnitsPerS: speed, sampleIntervalMs: interval, lateralUnits: shaky });
		expect(addSamples(startLtt(form), samples).excursions).toHaveLength(1);
		const noHysteresis = addSamples(startLtt(form, { ...defaultLttProtocolOptions, reentryUnits: 0 }), samples);
		expect(noHysteresis.excursions.length).toBeGreaterThan(20);
	});

	it('ignores jitter that stays inside, and still counts injected excursions exactly', () => {
		const form = lttForms[2]!;
		const rng = mulberry32(7);
		// ±2 units of jitter everywhere: never near an edge between excursions, and during the
		// shallow ones it flickers across the edge, which must still count once.
		const jitter = () => 4 * (rng() - 0.5);
		const { samples } = simulateLtt(form, { speedUnitsPerS: speed, sampleIntervalMs: interval, lateralUnits: jitter, excursions });
		const state = addSamples(startLtt(form), samples);
		expect(state.excursions).toHaveLength(excursions.length);
		// The jitter moves the point where the trace enters the end area by a fraction of a unit.
		expect(Math.abs((lttSummary(state).time_s as number) - arcAtEndArea(form) / speed)).toBeLessThan(0.002);
	});

	it('adds lift pauses to the time and counts the lifts', () => {
		const form = lttForms[3]!;
		const lifts = [
			{ atUnits: 500, pauseMs: 1500 },
			{ atUnits: 1800, pauseMs: 700 }
		];
		const { samples } = simulateLtt(form, { speedUnitsPerS: speed, sampleIntervalMs: interval, lifts, excursions: excursions.slice(0, 2) });
		const summary = lttSummary(addSamples(startLtt(form), samples));
		expect(summary).toMatchObject({ lifts: 2, errors: 2 });
		expect(summary.time_s as number).toBeCloseTo(arcAtEndArea(form) / speed + 2.2, 6);
	});

	it('is deterministic', () => {
		const once = () => simulateLtt(lttForms[0]!, { speedUnitsPerS: 80, sampleIntervalMs: 16, excursions });
		expect(once()).toEqual(once());
	});
});
