// A synthetic SDT participant for tests and benchmarks: one tap per circle in row order, at a
// fixed pace, each dot near the centre or, for the chosen circles, deliberately outside it. Pen
// hover moves between dots are included (the protocol must ignore them). No clock.
import type { Point, PointerSample } from '../../../model/pointer-sample';
import { mulberry32, type Rng } from '../../shared/random';
import type { SdtCircle } from './layout';

export interface SdtSimulationOptions {
	/** Time from one dot to the next. */
	intervalMs: number;
	/** tMs of the first dot. Default 0. */
	startMs?: number;
	/** Indices (row order) of the circles to miss. */
	misses?: readonly number[];
	/** How far outside the edge a missed dot lands. Default 6 units. */
	missByUnits?: number;
	/** Largest distance of a good dot from the centre, as a fraction of the radius. Default 0.6. */
	aimSpread?: number;
	/** Contact time of one dot. Default 40 ms. */
	tapMs?: number;
	/** Default 'pen'. */
	pointerType?: PointerSample['pointerType'];
	/** Default mulberry32(1). */
	rng?: Rng;
	/** Indices of the circles tapped twice on the same spot (an accidental double tap). */
	doubleTaps?: readonly number[];
	/** From the first tap's down to the second's. Default 90 ms. */
	doubleTapAfterMs?: number;
}

function offset(rng: Rng, centre: Point, distanceUnits: number): Point {
	const angle = 2 * Math.PI * rng();
	return { x: centre.x + distanceUnits * Math.cos(angle), y: centre.y + distanceUnits * Math.sin(angle) };
}

/** A dot just outside `circle` that is still nearer to it than to any other circle. */
function missOf(rng: Rng, circles: readonly SdtCircle[], circle: SdtCircle, missByUnits: number): Point {
	for (;;) {
		const dot = offset(rng, circle, circle.r + missByUnits);
		if (circles.every((c) => c === circle || Math.hypot(dot.x - c.x, dot.y - c.y) > circle.r + missByUnits)) return dot;
	}
}

/**
 * One down and one up per circle, the down at startMs + i × intervalMs (a second down and up on
 * the same spot `doubleTapAfterMs` later for the circles in `doubleTaps`), then a hover move to
 * the next circle.
 */
export function simulateSdt(circles: readonly SdtCircle[], options: SdtSimulationOptions): PointerSample[] {
	const { intervalMs, startMs = 0, missByUnits = 6, aimSpread = 0.6, tapMs = 40, pointerType = 'pen', doubleTapAfterMs = 90 } = options;
	const doubleTaps = new Set(options.doubleTaps ?? []);
	const busyMs = doubleTaps.size > 0 ? doubleTapAfterMs + tapMs : tapMs;
	if (!(tapMs < doubleTapAfterMs && busyMs < intervalMs && missByUnits > 0 && aimSpread >= 0 && aimSpread < 1)) {
		throw new RangeError('SDT simulation needs tapMs < doubleTapAfterMs, the taps within intervalMs, missByUnits > 0 and aimSpread in 0…<1');
	}
	const rng = options.rng ?? mulberry32(1);
	const misses = new Set(options.misses ?? []);
	const samples: PointerSample[] = [];
	const at = (p: Point, tMs: number, phase: PointerSample['phase']): PointerSample => ({
		...p,
		tMs,
		phase,
		pointerType,
		pressure: phase === 'down' ? 0.5 : 0
	});
	circles.forEach((circle, i) => {
		const dot = misses.has(i) ? missOf(rng, circles, circle, missByUnits) : offset(rng, circle, circle.r * aimSpread * rng());
		const tMs = startMs + i * intervalMs;
		samples.push(at(dot, tMs, 'down'), at(dot, tMs + tapMs, 'up'));
		if (doubleTaps.has(i)) samples.push(at(dot, tMs + doubleTapAfterMs, 'down'), at(dot, tMs + doubleTapAfterMs + tapMs, 'up'));
		const next = circles[i + 1];
		if (next !== undefined) samples.push(at({ x: (dot.x + next.x) / 2, y: (dot.y + next.y) / 2 }, tMs + (busyMs + intervalMs) / 2, 'move'));
	});
	return samples;
}
