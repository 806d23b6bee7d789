// Seeded NCT layouts (clinical-spec §2, alternate forms): a random walk from target to target with
// steps scaled to a common total, so every form has a path of the same length, and rejection of
// any placement that breaks the constraints in layout-check.ts.
import { pathLength, sheetHeight, sheetWidth, type Circle } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { mulberry32, type Rng } from '../../shared/random';
import { crowdsCircle, crowdsSegment, nctLayoutProblems, withinSheet, type NctLayoutConstraints } from './layout-check';

export interface NctCircle extends Circle {
	label: string;
}

export interface NctLayout {
	seed: number;
	/** In connection order. */
	circles: readonly NctCircle[];
	/** Sum of the distances between consecutive centres, in sheet units. */
	pathLengthUnits: number;
}

export interface NctLayoutOptions extends Omit<NctLayoutConstraints, 'pathClearance'> {
	seed: number;
	targetCount: number;
	/** One per target; default '1', '2', … */
	labels?: readonly string[];
	/** Default `minGap`. */
	pathClearance?: number;
	/** Relative spread of the step lengths before scaling to the total, 0…<1. Default 0.35. */
	stepJitter?: number;
	/** Whole walks tried before giving up. Default 500. */
	maxAttempts?: number;
}

/** Directions tried for one step before the walk counts as stuck. */
const directionTries = 60;

/** Rounding centres to 0.1 units keeps stored layouts short and readable. */
const round = (v: number) => Math.round(v * 10) / 10;

/** A uniform random direction, without trigonometry (sin/cos may differ between browsers). */
function randomDirection(rng: Rng): Point {
	for (let i = 0; i < 100; i++) {
		const x = 2 * rng() - 1;
		const y = 2 * rng() - 1;
		const q = x * x + y * y;
		if (q > 0.0001 && q <= 1) return { x: x / Math.sqrt(q), y: y / Math.sqrt(q) };
	}
	return { x: 1, y: 0 };
}

/**
 * `count` step lengths spread ±`jitter` around their mean and scaled to sum to `total`.
 * @example with count 2, total 300 and draws giving raw steps 0.8 and 1.2 → [120, 180]
 */
function stepLengths(rng: Rng, count: number, total: number, jitter: number): number[] {
	const raw = Array.from({ length: count }, () => 1 + jitter * (2 * rng() - 1));
	const sum = raw.reduce((a, b) => a + b, 0);
	return raw.map((step) => (step * total) / sum);
}

function fits(candidate: Point, placed: readonly Point[], constraints: NctLayoutConstraints): boolean {
	const { radius, margin } = constraints;
	const previous = placed[placed.length - 1];
	if (!withinSheet(candidate, radius, margin)) return false;
	if (placed.some((p) => crowdsCircle(candidate, p, constraints))) return false;
	if (previous === undefined) return true;
	// The new line previous → candidate must pass clear of every earlier circle…
	for (let j = 0; j + 1 < placed.length; j++) if (crowdsSegment(placed[j]!, previous, candidate, constraints)) return false;
	// …and the candidate must stay clear of every earlier line.
	for (let i = 0; i + 1 < placed.length; i++) if (crowdsSegment(candidate, placed[i]!, placed[i + 1]!, constraints)) return false;
	return true;
}

function walk(rng: Rng, count: number, steps: readonly number[], constraints: NctLayoutConstraints): Point[] | null {
	const edge = constraints.radius + constraints.margin;
	const placed: Point[] = [{ x: round(edge + rng() * (sheetWidth - 2 * edge)), y: round(edge + rng() * (sheetHeight - 2 * edge)) }];
	while (placed.length < count) {
		const from = placed[placed.length - 1]!;
		const step = steps[placed.length - 1]!;
		let next: Point | null = null;
		for (let t = 0; t < directionTries && next === null; t++) {
			const u = randomDirection(rng);
			const candidate = { x: round(from.x + step * u.x), y: round(from.y + step * u.y) };
			if (fits(candidate, placed, constraints)) next = candidate;
		}
		if (next === null) return null;
		placed.push(next);
	}
	return placed;
}

function checkOptions(options: NctLayoutOptions, labels: readonly string[]): void {
	const { targetCount, radius, minGap, margin, pathLengthTarget, tolerance } = options;
	if (!Number.isInteger(targetCount) || targetCount < 2) throw new RangeError(`An NCT layout needs at least 2 targets, got ${targetCount}`);
	if (labels.length !== targetCount) throw new RangeError(`${labels.length} labels given for ${targetCount} targets`);
	if (!(radius > 0 && minGap >= 0 && margin >= 0 && tolerance >= 0)) throw new RangeError('NCT radius must be > 0 and gaps ≥ 0');
	const meanStep = pathLengthTarget / (targetCount - 1);
	if (!(meanStep >= 2 * radius + minGap)) {
		throw new RangeError(`A path of ${pathLengthTarget} units is too short for ${targetCount} circles of radius ${radius}`);
	}
}

/**
 * A layout deterministic per seed (and options) that meets every constraint of
 * `nctLayoutProblems`, or a RangeError after `maxAttempts` failed walks.
 */
export function generateNctLayout(options: NctLayoutOptions): NctLayout {
	const { seed, targetCount, pathLengthTarget, stepJitter = 0.35, maxAttempts = 500 } = options;
	const labels = options.labels ?? Array.from({ length: targetCount }, (_, i) => String(i + 1));
	checkOptions(options, labels);
	const constraints: NctLayoutConstraints = { ...options, pathClearance: options.pathClearance ?? options.minGap };
	const rng = mulberry32(seed);
	for (let attempt = 0; attempt < maxAttempts; attempt++) {
		const steps = stepLengths(rng, targetCount - 1, pathLengthTarget, stepJitter);
		const centres = walk(rng, targetCount, steps, constraints);
		if (centres === null) continue;
		const circles = centres.map((c, i) => ({ x: c.x, y: c.y, r: options.radius, label: labels[i]! }));
		// Rounding may nudge the total; the check keeps it inside the tolerance.
		if (nctLayoutProblems(circles, constraints).length > 0) continue;
		return { seed, circles, pathLengthUnits: pathLength(circles) };
	}
	throw new RangeError(`No NCT layout for seed ${seed} met the constraints in ${maxAttempts} attempts; relax spacing or path length`);
}
