// Alternate forms of the line tracing test (clinical-spec §2 "Repeated visits"): the same layout
// and the same centre-line length, different seeded swings. A short one-lane track is the practice.
import { deriveSeed } from '../../shared/random';
import { pathLength } from '../../shared/geometry';
import { generateTrack, type LttTrack, type LttTrackLayout } from './track';

export interface LttForm extends LttTrack {
	/** Stable id stored with every result, e.g. `ltt-1`. */
	id: string;
	seed: number;
	/** Length of the centre line, sheet units. */
	lengthUnits: number;
}

/**
 * Three lanes with two U-turns across the sheet, start top left, end bottom right. The corridor is
 * 24 units wide (about 7 mm when the 1000-unit sheet is 29 cm wide) [D]. Lanes leave room for a
 * U-turn of radius 100 plus the half-width inside a 40-unit margin: x from 152 to 848.
 */
export const lttTestLayout: LttTrackLayout = {
	lanes: 3,
	xLeftUnits: 152,
	xRightUnits: 848,
	laneSpacingUnits: 200,
	// (200 − 2 × 12 − 20) / 2: two lanes swinging towards each other still leave the wall gap.
	maxSwingUnits: 78,
	halfWidthUnits: 12,
	areaRadiusUnits: 22,
	targetLengthUnits: 3000,
	marginUnits: 40,
	wallGapUnits: 20
};

/** One lane across the middle of the sheet: the same corridor, a fifth of the length. */
export const lttPracticeLayout: LttTrackLayout = {
	...lttTestLayout,
	lanes: 1,
	xLeftUnits: 250,
	xRightUnits: 750,
	targetLengthUnits: 600
};

export const lttFormCount = 4;
/** 'LTT1' in ASCII: the base seed all stored forms derive from; changing it changes every form. */
export const lttFormSeedBase = 0x4c545431;

export function buildLttForm(id: string, seed: number, layout: LttTrackLayout = lttTestLayout): LttForm {
	const track = generateTrack(seed, layout);
	return { id, seed, ...track, lengthUnits: pathLength(track.centre) };
}

/** `count` forms `ltt-1`…, each seeded from `baseSeed` and its id. */
export function buildLttForms(count: number, baseSeed: number, layout: LttTrackLayout = lttTestLayout): LttForm[] {
	return Array.from({ length: count }, (_, i) => {
		const id = `ltt-${i + 1}`;
		return buildLttForm(id, deriveSeed(baseSeed, id), layout);
	});
}

/** The study forms, in rotation order. */
export const lttForms: readonly LttForm[] = buildLttForms(lttFormCount, lttFormSeedBase);

/** The practice track, the same at every visit. */
export const lttPracticeForm: LttForm = buildLttForm('ltt-practice', deriveSeed(lttFormSeedBase, 'ltt-practice'), lttPracticeLayout);

export function lttFormById(id: string): LttForm {
	const form = [...lttForms, lttPracticeForm].find((candidate) => candidate.id === id);
	if (form === undefined) throw new RangeError(`Unknown LTT form ${id}`);
	return form;
}
