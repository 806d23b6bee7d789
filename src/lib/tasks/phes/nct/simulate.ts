// A synthetic NCT participant for tests and benchmarks: pointer-sample streams in sheet units,
// drawn (one pen-down stroke of straight lines from centre to centre) or tapped, optionally with
// deliberate detours into a wrong circle and back to the last correct one. No clock: sample times
// are startMs + multiples of the sample interval.
import { distance } from '../../shared/geometry';
import type { Point, PointerSample } from '../../../model/pointer-sample';
import type { NctCircle } from './layout';
import { distanceToSegment } from './segment';

export interface NctDetour {
	/** The detour starts after reaching this target (index from 0). */
	afterIndex: number;
	/** Wrong circle to enter: a later one than the next target. Default: the nearest clear one. */
	wrongIndex?: number;
}

export interface NctSimulationOptions {
	/** Pen speed along the lines, in sheet units per second. */
	speedUnitsPerS: number;
	/** Default 8 ms (a 125 Hz digitiser). */
	sampleIntervalMs?: number;
	/** tMs of the first sample. Default 0. */
	startMs?: number;
	/** Default 'draw'. */
	mode?: 'draw' | 'tap';
	/** Default 'pen'. */
	pointerType?: PointerSample['pointerType'];
	detours?: readonly NctDetour[];
	/** Contact time of one tap. Default 64 ms. */
	tapMs?: number;
}

/**
 * Whether the straight line a → b passes no circle but those two (so drawing it can enter no
 * other circle).
 */
export function lineIsClear(circles: readonly NctCircle[], from: number, to: number): boolean {
	const a = circles[from]!;
	const b = circles[to]!;
	return circles.every((c, i) => i === from || i === to || distanceToSegment(c, a, b) > c.r);
}

/** The nearest wrong circle after `afterIndex` (not the next target) reachable by a clear line. */
export function nearestClearWrongCircle(circles: readonly NctCircle[], afterIndex: number): number {
	const from = circles[afterIndex]!;
	const candidates = circles
		.map((c, i) => ({ i, d: distance(from, c) }))
		.filter(({ i }) => i > afterIndex + 1 && lineIsClear(circles, afterIndex, i))
		.sort((p, q) => p.d - q.d);
	const nearest = candidates[0];
	if (nearest === undefined) throw new RangeError(`No wrong circle can be reached in a clear line from target ${afterIndex}`);
	return nearest.i;
}

/** The circle indices visited in order: every target, with each detour's wrong circle and return. */
function visits(circles: readonly NctCircle[], detours: readonly NctDetour[]): number[] {
	const order: number[] = [];
	circles.forEach((_, k) => {
		order.push(k);
		for (const detour of detours.filter((d) => d.afterIndex === k)) {
			if (k >= circles.length - 1) throw new RangeError('A detour cannot follow the last target');
			const wrong = detour.wrongIndex ?? nearestClearWrongCircle(circles, k);
			if (!(wrong > k + 1 && wrong < circles.length)) throw new RangeError(`Circle ${wrong} is not a wrong circle after target ${k}`);
			if (!lineIsClear(circles, k, wrong)) throw new RangeError(`The line from target ${k} to circle ${wrong} crosses another circle`);
			order.push(wrong, k);
		}
	});
	return order;
}

function sample(p: Point, tMs: number, phase: PointerSample['phase'], pointerType: PointerSample['pointerType']): PointerSample {
	return { x: p.x, y: p.y, tMs, phase, pointerType, pressure: phase === 'up' ? 0 : 0.5 };
}

/** The point `travelled` units along the polyline `points`. */
function along(points: readonly Point[], travelled: number): Point {
	let left = travelled;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		const length = distance(a, b);
		if (left <= length && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
		left -= length;
	}
	return points[points.length - 1]!;
}

/**
 * The samples of one administration. Drawing: one stroke from the centre of circle 1 through every
 * centre to the last, a sample every interval. Tapping: a down and an up at each centre, the next
 * tap after the travel time at the given speed rounded up to whole intervals.
 */
export function simulateNct(circles: readonly NctCircle[], options: NctSimulationOptions): PointerSample[] {
	const { speedUnitsPerS, sampleIntervalMs = 8, startMs = 0, mode = 'draw', pointerType = 'pen', tapMs = 64 } = options;
	if (!(speedUnitsPerS > 0 && sampleIntervalMs > 0)) throw new RangeError('Speed and sample interval must be positive');
	const points = visits(circles, options.detours ?? []).map((i) => circles[i]!);
	const samples: PointerSample[] = [];
	if (mode === 'tap') {
		let tMs = startMs;
		points.forEach((p, i) => {
			if (i > 0) {
				const travelMs = (distance(points[i - 1]!, p) / speedUnitsPerS) * 1000;
				tMs += tapMs + Math.ceil(travelMs / sampleIntervalMs) * sampleIntervalMs;
			}
			samples.push(sample(p, tMs, 'down', pointerType), sample(p, tMs + tapMs, 'up', pointerType));
		});
		return samples;
	}
	let total = 0;
	for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
	const steps = Math.ceil((total / speedUnitsPerS) * 1000 / sampleIntervalMs);
	for (let i = 0; i <= steps; i++) {
		const travelled = Math.min(total, (speedUnitsPerS * i * sampleIntervalMs) / 1000);
		const phase = i === 0 ? 'down' : i === steps ? 'up' : 'move';
		// The stroke ends exactly on the last centre, not a rounding error away from it.
		const at = travelled >= total ? points[points.length - 1]! : along(points, travelled);
		samples.push(sample(at, startMs + i * sampleIntervalMs, phase, pointerType));
	}
	return samples;
}
