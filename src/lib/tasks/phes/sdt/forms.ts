// The fixed alternate forms of the SDT and its practice row (clinical-spec §2, repeated visits).
// A form is its id and seed; with `sdtGeometry` the seed rebuilds the layout exactly.
import { formForVisit } from '../../shared/rotation';
import { generateSdtLayout, sdtGeometry, type SdtGeometry, type SdtLayout } from './layout';

export interface SdtForm {
	/** Stored with every result, e.g. `sdt-2`, `sdt-p1`. */
	formId: string;
	practice: boolean;
	seed: number;
}

/** The practice item: one row of ten circles. */
export const sdtPracticeGeometry: SdtGeometry = { ...sdtGeometry, rows: 1 };

const form = (practice: boolean, number: number, seed: number): SdtForm => ({
	formId: `sdt-${practice ? 'p' : ''}${number}`,
	practice,
	seed
});

// Seeds are fixed literals, not derived, so a form can be rebuilt from this table alone.
export const sdtForms = {
	test: [form(false, 1, 5101), form(false, 2, 5102), form(false, 3, 5103), form(false, 4, 5104)],
	practice: [form(true, 1, 6101), form(true, 2, 6102), form(true, 3, 6103), form(true, 4, 6104)]
} as const satisfies Record<string, readonly SdtForm[]>;

export const sdtFormIds: readonly string[] = [...sdtForms.test, ...sdtForms.practice].map((f) => f.formId);

/** The layout of a form; a geometry other than the default gives a layout that is not the validated form. */
export function sdtFormLayout(form: SdtForm, geometry?: SdtGeometry): SdtLayout {
	return generateSdtLayout(form.seed, geometry ?? (form.practice ? sdtPracticeGeometry : sdtGeometry));
}

/** Test and practice form for a visit (from 0), in the fixed rotation. */
export function sdtFormsForVisit(visitIndex: number): { test: SdtForm; practice: SdtForm } {
	return { test: formForVisit(sdtForms.test, visitIndex), practice: formForVisit(sdtForms.practice, visitIndex) };
}
