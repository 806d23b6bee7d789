// A synthetic tracer for tests and benchmarks: it follows the centre line at a constant speed,
// sampled at a fixed rate, and swerves out of the corridor where it is told to. No clock: sample
// times are made up from the speed.
import type { PointerSample } from '../../../model/pointer-sample';
import { cumulativeLengths, positionAt } from './polyline';
import type { LttTrack } from './track';

export interface LttInjectedExcursion {
	/** Arc length along the centre line where the swerve begins. */
	atUnits: number;
	/** How far beyond the edge it goes. */
	depthUnits: number;
	/** Time beyond the edge. */
	outsideMs: number;
	/** 1: to the left of the direction of travel; −1: to the right. Default 1. */
	side?: 1 | -1;
	/** Time to swing from the centre line out to full depth, and again back. Default 60 ms. */
	rampMs?: number;
}

export interface LttSimulatedLift {
	/** Arc length at which the pen is lifted. */
	atUnits: number;
	pauseMs: number;
}

export interface LttSimulationOptions {
	speedUnitsPerS: number;
	sampleIntervalMs: number;
	startMs?: number;
	excursions?: readonly LttInjectedExcursion[];
	lifts?: readonly LttSimulatedLift[];
	/** Extra sideways offset at arc length s and sample number k (e.g. a shaky stretch); default 0. */
	lateralUnits?: (sUnits: number, sample: number) => number;
}

export interface LttSimulation {
	samples: PointerSample[];
	/** When each injected excursion crossed the edge out and back in, in the tracer's own model. */
	injected: Array<{ startMs: number; endMs: number }>;
}

interface Swerve {
	startMs: number;
	peakUnits: number;
	rampMs: number;
	holdMs: number;
	side: number;
}

/** Trapezoid: out to the peak over the ramp, hold, back over the ramp. */
function swerveOffset(swerve: Swerve, tMs: number): number {
	const tau = tMs - swerve.startMs;
	const { rampMs, holdMs, peakUnits } = swerve;
	if (tau <= 0 || tau >= 2 * rampMs + holdMs) return 0;
	const fraction = tau < rampMs ? tau / rampMs : tau <= rampMs + holdMs ? 1 : (2 * rampMs + holdMs - tau) / rampMs;
	return swerve.side * peakUnits * fraction;
}

export function simulateLtt(track: LttTrack, options: LttSimulationOptions): LttSimulation {
	const { speedUnitsPerS, sampleIntervalMs, startMs = 0, lateralUnits = () => 0 } = options;
	if (!(speedUnitsPerS > 0 && sampleIntervalMs > 0)) throw new RangeError('Speed and sample interval must be positive');
	const cumulative = cumulativeLengths(track.centre);
	const total = cumulative[cumulative.length - 1]!;
	const hw = track.halfWidthUnits;
	const pending = [...(options.excursions ?? [])].sort((a, b) => a.atUnits - b.atUnits);
	const lifts = [...(options.lifts ?? [])].sort((a, b) => a.atUnits - b.atUnits);
	const swerves: Swerve[] = [];
	const injected: LttSimulation['injected'] = [];
	const samples: PointerSample[] = [];
	let pausedMs = 0;

	const at = (tMs: number, k: number, phase: PointerSample['phase']) => {
		const s = Math.min(total, (speedUnitsPerS * (tMs - startMs - pausedMs)) / 1000);
		for (let next = pending[0]; next !== undefined && next.atUnits <= s; next = pending[0]) {
			pending.shift();
			const rampMs = next.rampMs ?? 60;
			const peakUnits = hw + next.depthUnits;
			// Beyond the edge for the last part of the ramp out, the hold, and the first part back.
			const holdMs = next.outsideMs - (2 * rampMs * next.depthUnits) / peakUnits;
			if (holdMs < 0) throw new RangeError(`Excursion at ${next.atUnits} is too short for its ramp`);
			const swerveStartMs = startMs + pausedMs + (next.atUnits / speedUnitsPerS) * 1000;
			swerves.push({ startMs: swerveStartMs, peakUnits, rampMs, holdMs, side: next.side ?? 1 });
			const outMs = swerveStartMs + (rampMs * hw) / peakUnits;
			injected.push({ startMs: outMs, endMs: outMs + next.outsideMs });
		}
		const offset = lateralUnits(s, k) + swerves.reduce((sum, swerve) => sum + swerveOffset(swerve, tMs), 0);
		const { point, normal } = positionAt(track.centre, cumulative, s);
		const sample: PointerSample = {
			x: point.x + offset * normal.x,
			y: point.y + offset * normal.y,
			tMs,
			pointerType: 'pen',
			pressure: 0.5,
			phase
		};
		samples.push(sample);
		return s;
	};

	let tMs = startMs;
	at(tMs, 0, 'down');
	for (let k = 1; ; k++) {
		tMs += sampleIntervalMs;
		const s = at(tMs, k, 'move');
		if (s >= total) break;
		const lift = lifts[0];
		if (lift !== undefined && s >= lift.atUnits) {
			lifts.shift();
			samples[samples.length - 1] = { ...samples[samples.length - 1]!, phase: 'up' };
			tMs += lift.pauseMs;
			pausedMs += lift.pauseMs;
			at(tMs, k, 'down');
		}
	}
	samples[samples.length - 1] = { ...samples[samples.length - 1]!, phase: 'up' };
	return { samples, injected };
}
