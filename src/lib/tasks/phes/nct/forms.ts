// The fixed alternate forms of NCT-A and NCT-B and their practice items (clinical-spec §2,
// repeated visits). A form is its id and seed; with the geometry below the seed rebuilds the
// layout exactly. Changing the geometry or the generator changes every form: bump the task version.
import { nctLabels, nctPracticeTargetCount, nctTargetCount, type NctTest } from './labels';
import { generateNctLayout, type NctLayout } from './layout';
import { formForVisit } from '../../shared/rotation';

export interface NctForm {
	/** Stored with every result, e.g. `ncta-1`, `nctb-p2`. */
	formId: string;
	test: NctTest;
	practice: boolean;
	seed: number;
}

export interface NctGeometry {
	radiusUnits: number;
	minGapUnits: number;
	marginUnits: number;
	/** Free space between a circle and the straight line joining two other consecutive targets. */
	pathClearanceUnits: number;
	/** Mean distance between consecutive centres; the path's total is this × (targets − 1). */
	meanStepUnits: number;
	/** Allowed relative deviation of a form's path length from that total. */
	tolerance: number;
}

export const nctGeometry: NctGeometry = {
	radiusUnits: 24,
	minGapUnits: 20,
	marginUnits: 30,
	pathClearanceUnits: 20,
	meanStepUnits: 160,
	tolerance: 0.1
};

function form(test: NctTest, practice: boolean, number: number, seed: number): NctForm {
	return { formId: `nct${test}-${practice ? 'p' : ''}${number}`, test, practice, seed };
}

// Seeds are fixed literals, not derived, so a form can be rebuilt from this table alone.
export const nctForms = {
	ncta: [form('a', false, 1, 1101), form('a', false, 2, 1102), form('a', false, 3, 1103), form('a', false, 4, 1104)],
	nctb: [form('b', false, 1, 2101), form('b', false, 2, 2102), form('b', false, 3, 2103), form('b', false, 4, 2104)],
	nctaPractice: [form('a', true, 1, 3101), form('a', true, 2, 3102), form('a', true, 3, 3103), form('a', true, 4, 3104)],
	nctbPractice: [form('b', true, 1, 4101), form('b', true, 2, 4102), form('b', true, 3, 4103), form('b', true, 4, 4104)]
} as const satisfies Record<string, readonly NctForm[]>;

/** Every NCT form id, e.g. for a category column's levels. */
export const nctFormIds: readonly string[] = Object.values(nctForms).flatMap((forms) => forms.map((f) => f.formId));

export function nctFormById(formId: string): NctForm {
	const found = Object.values(nctForms)
		.flat()
		.find((f) => f.formId === formId);
	if (found === undefined) throw new RangeError(`Unknown NCT form ${formId}`);
	return found;
}

/** The common path length of every form with `targetCount` targets. */
export function nctPathLengthTarget(targetCount: number, geometry: NctGeometry = nctGeometry): number {
	return geometry.meanStepUnits * (targetCount - 1);
}

/**
 * The layout of a form. `targetCount` defaults to 25 (8 for a practice form); a different count
 * (the `practice_targets` parameter) keeps the seed and the geometry but not the validated form.
 */
export function nctFormLayout(form: NctForm, geometry: NctGeometry = nctGeometry, targetCount?: number): NctLayout {
	const count = targetCount ?? (form.practice ? nctPracticeTargetCount : nctTargetCount);
	return generateNctLayout({
		seed: form.seed,
		targetCount: count,
		labels: nctLabels(form.test, count),
		radius: geometry.radiusUnits,
		minGap: geometry.minGapUnits,
		margin: geometry.marginUnits,
		pathClearance: geometry.pathClearanceUnits,
		pathLengthTarget: nctPathLengthTarget(count, geometry),
		tolerance: geometry.tolerance
	});
}

/** Test and practice form of NCT-A or NCT-B for a visit (from 0), in the fixed rotation. */
export function nctFormsForVisit(test: NctTest, visitIndex: number): { test: NctForm; practice: NctForm } {
	const [forms, practice] = test === 'a' ? [nctForms.ncta, nctForms.nctaPractice] : [nctForms.nctb, nctForms.nctbPractice];
	return { test: formForVisit(forms, visitIndex), practice: formForVisit(practice, visitIndex) };
}
