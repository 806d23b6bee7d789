// The line tracing test's track (clinical-spec §2, LTT): a winding corridor between two lines, as a
// centre polyline with a constant half-width, from a round start area to a round end area.
//
// Shape: the track runs in horizontal lanes joined by half-circle U-turns (lane 1 left to right,
// lane 2 back, …), and each lane swings up and down in a seeded sum of sine waves. Within a lane x
// only ever increases (or decreases), lanes keep to their own bands and U-turns lie beyond the lane
// ends, so the centre line cannot cross itself. The swing is scaled until the centre line has the
// target length, which keeps alternate forms equally long.
import { deriveSeed, mulberry32, randomInt, type Rng } from '../../shared/random';
import { pathLength, sheetHeight, type Circle } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { lttTrackProblems } from './track-checks';

export interface LttTrack {
	/** Centre line from the middle of the start area to the middle of the end area, sheet units. */
	centre: readonly Point[];
	/** The two lines run this far either side of the centre line. */
	halfWidthUnits: number;
	start: Circle;
	end: Circle;
}

export interface LttTrackLayout {
	lanes: number;
	/** x of the lane ends; U-turns bulge beyond them by half the lane spacing. */
	xLeftUnits: number;
	xRightUnits: number;
	/** Distance between lane centres; lanes are centred on the sheet vertically. */
	laneSpacingUnits: number;
	/** Largest swing of a lane away from its centre, before scaling down to the target length. */
	maxSwingUnits: number;
	halfWidthUnits: number;
	areaRadiusUnits: number;
	targetLengthUnits: number;
	/** Sheet border the corridor must keep clear of. */
	marginUnits: number;
	/** Clear space required between walls of different parts of the track. */
	wallGapUnits: number;
}

/** Points per lane and per U-turn: about 3 units apart, far finer than any bend. */
const samplesPerLane = 240;
const samplesPerTurn = 64;
const maxAttempts = 200;

/** One lane's swing, −1…1 over t in 0…1, zero with zero slope at both ends so U-turns join smoothly. */
type Swing = (t: number) => number;

function randomSwing(rng: Rng): Swing {
	// Two different harmonics from 2…5 half-waves, random signed weights: a few bends per lane.
	const first = 2 + randomInt(rng, 4);
	const second = 2 + ((first - 2 + 1 + randomInt(rng, 3)) % 4);
	const weight = () => (rng() < 0.5 ? -1 : 1) * (0.5 + rng() / 2);
	const a = weight();
	const b = weight();
	const raw = (t: number) => Math.sin(Math.PI * t) * (a * Math.sin(first * Math.PI * t) + b * Math.sin(second * Math.PI * t));
	let peak = 0;
	for (let i = 0; i <= 1000; i++) peak = Math.max(peak, Math.abs(raw(i / 1000)));
	return (t) => raw(t) / peak;
}

function laneY(layout: LttTrackLayout, lane: number): number {
	return sheetHeight / 2 + (lane - (layout.lanes - 1) / 2) * layout.laneSpacingUnits;
}

function centreLine(layout: LttTrackLayout, swings: readonly Swing[], swingUnits: number): Point[] {
	const { xLeftUnits: left, xRightUnits: right } = layout;
	const radius = layout.laneSpacingUnits / 2;
	const points: Point[] = [];
	swings.forEach((swing, lane) => {
		const rightward = lane % 2 === 0;
		const y0 = laneY(layout, lane);
		for (let i = 0; i <= samplesPerLane; i++) {
			const t = i / samplesPerLane;
			const x = rightward ? left + t * (right - left) : right - t * (right - left);
			points.push({ x, y: y0 + swingUnits * swing(t) });
		}
		if (lane === swings.length - 1) return;
		// Half circle from this lane's end down to the next lane's start, bulging outwards.
		const cx = rightward ? right : left;
		const cy = y0 + radius;
		for (let i = 1; i < samplesPerTurn; i++) {
			const angle = -Math.PI / 2 + (rightward ? 1 : -1) * (Math.PI * i) / samplesPerTurn;
			points.push({ x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
		}
	});
	return points;
}

const round = (value: number) => Math.round(value * 100) / 100;

function trackOf(layout: LttTrackLayout, centre: readonly Point[]): LttTrack {
	const rounded = centre.map((p) => ({ x: round(p.x), y: round(p.y) }));
	const first = rounded[0]!;
	const last = rounded[rounded.length - 1]!;
	const r = layout.areaRadiusUnits;
	return { centre: rounded, halfWidthUnits: layout.halfWidthUnits, start: { ...first, r }, end: { ...last, r } };
}

/**
 * A seeded track of the layout's target length (to within 0.1 %), meeting `lttTrackProblems`.
 * Seeds whose swings cannot reach the length, or break a constraint, are skipped for the next
 * attempt, which is derived from the same seed: the result depends on the seed alone.
 * Example: with 3 lanes 696 units long and turns of radius 100, the straight track is
 * 3 × 696 + 2 × π × 100 ≈ 2716 units; a target of 3000 needs swings of roughly 50 units.
 */
export function generateTrack(seed: number, layout: LttTrackLayout): LttTrack {
	for (let attempt = 0; attempt < maxAttempts; attempt++) {
		const rng = mulberry32(deriveSeed(seed, `ltt/track/${attempt}`));
		const swings = Array.from({ length: layout.lanes }, () => randomSwing(rng));
		const lengthAt = (swingUnits: number) => pathLength(centreLine(layout, swings, swingUnits));
		if (lengthAt(layout.maxSwingUnits) < layout.targetLengthUnits || lengthAt(0) > layout.targetLengthUnits) continue;
		// Length grows with the swing, so bisection finds the swing that gives the target.
		let lo = 0;
		let hi = layout.maxSwingUnits;
		for (let i = 0; i < 40; i++) {
			const mid = (lo + hi) / 2;
			if (lengthAt(mid) < layout.targetLengthUnits) lo = mid;
			else hi = mid;
		}
		const track = trackOf(layout, centreLine(layout, swings, (lo + hi) / 2));
		if (lttTrackProblems(track, layout).length === 0) return track;
	}
	throw new Error(`No LTT track for seed ${seed} meets its layout within ${maxAttempts} attempts`);
}
