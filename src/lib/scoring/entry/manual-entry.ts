// A norm set typed in by hand from a paper (design.md "types in a published set by hand"): form
// strings → NormSet through the same schema as files, with one message per field, and a preview
// of the thresholds the set gives for a sample person before it is saved.
import { outOfRangeProblems, resolveCovariates, type Person } from '../covariates';
import { parseFormNumber } from '../form-number';
import { normSetSchema, valueModels, type NormSet } from '../norm-sets/norm-set';
import { thresholdsFor, type Thresholds } from '../thresholds';
import { valueInfo, type NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';

export interface CoefficientForm {
	covariate: string;
	value: string;
}
export interface ValueForm {
	kind: string;
	transform: string;
	intercept: string;
	coefficients: CoefficientForm[];
	residualSd: string;
	/** Blank means the value's usual direction (lower is worse only for DST). */
	direction: string;
	abnormalAbove: string;
	abnormalBelow: string;
}
export interface DummyForm {
	name: string;
	minYears: string;
	maxYears: string;
}
export interface NormSetForm {
	id: string;
	version: string;
	name: string;
	population: string;
	n: string;
	citation: string;
	sourceNote: string;
	test: string;
	administration: string;
	outOfRange: string;
	ageMin: string;
	ageMax: string;
	educationMin: string;
	educationMax: string;
	scheme: string;
	lttErrorPenaltyS: string;
	abnormalTotalAtMost: string;
	/** PHES: the DST time limit of the norms, in seconds; required for a set typed in. */
	dstTimeLimitS: string;
	/** PHES: 'linear' when the paper allows rescaling a count given with another limit, else ''. */
	dstRescaling: string;
	educationDummies: DummyForm[];
	values: Partial<Record<NormValue, ValueForm>>;
}

/** Messages keyed by field path, e.g. `values.ncta_s.residualSd` or `values.dst_count.coefficients.female`. */
export type NormSetFormErrors = Record<string, string>;

function reader(errors: NormSetFormErrors) {
	return (path: string, text: string, { integer = false, required = true } = {}): number | undefined => {
		const parsed = parseFormNumber(text, { integer });
		if (!parsed.ok) errors[path] ??= parsed.message;
		else if (parsed.value === undefined && required) errors[path] ??= m.norms_entry_error_number();
		return parsed.ok ? parsed.value : undefined;
	};
}

function range(num: ReturnType<typeof reader>, path: string, minText: string, maxText: string) {
	if (minText.trim() === '' && maxText.trim() === '') return undefined;
	return { min: num(`${path}.min`, minText), max: num(`${path}.max`, maxText) };
}

function valueFrom(num: ReturnType<typeof reader>, errors: NormSetFormErrors, value: NormValue, form: ValueForm) {
	const path = `values.${value}`;
	if (form.kind === 'cutoff') {
		const optional = { required: false };
		return {
			kind: 'cutoff',
			abnormalAbove: num(`${path}.abnormalAbove`, form.abnormalAbove, optional),
			abnormalBelow: num(`${path}.abnormalBelow`, form.abnormalBelow, optional)
		};
	}
	const coefficients: Record<string, number | undefined> = {};
	for (const [i, row] of form.coefficients.entries()) {
		const covariate = row.covariate.trim();
		if (covariate === '' && row.value.trim() === '') continue;
		if (covariate === '') errors[`${path}.coefficients.${i}`] ??= m.norms_entry_error_choose_covariate();
		else if (covariate in coefficients) errors[`${path}.coefficients.${covariate}`] ??= m.norms_entry_error_covariate_twice({ covariate });
		else if (row.value.trim() === '') errors[`${path}.coefficients.${covariate}`] ??= m.norms_entry_error_coefficient_empty({ covariate });
		else coefficients[covariate] = num(`${path}.coefficients.${covariate}`, row.value);
	}
	return {
		kind: form.kind,
		transform: form.transform,
		intercept: num(`${path}.intercept`, form.intercept),
		coefficients,
		residualSd: num(`${path}.residualSd`, form.residualSd),
		direction: form.direction.trim() === '' ? valueInfo[value].direction : form.direction
	};
}

/** Checks a hand-typed norm set; every problem is reported against its field. */
export function validateNormSetForm(form: NormSetForm): { ok: true; value: NormSet } | { ok: false; errors: NormSetFormErrors } {
	const errors: NormSetFormErrors = {};
	const num = reader(errors);
	const ageYears = range(num, 'covariateRanges.ageYears', form.ageMin, form.ageMax);
	const educationYears = range(num, 'covariateRanges.educationYears', form.educationMin, form.educationMax);
	const candidate: Record<string, unknown> = {
		format: 'hepcog-norm-set',
		formatVersion: 1,
		id: form.id.trim(),
		version: num('version', form.version, { integer: true }),
		name: form.name,
		population: form.population,
		n: num('n', form.n, { integer: true, required: false }) ?? null,
		citation: form.citation,
		sourceNote: form.sourceNote,
		test: form.test,
		administration: form.administration,
		...(ageYears || educationYears ? { covariateRanges: { ...(ageYears && { ageYears }), ...(educationYears && { educationYears }) } } : {}),
		outOfRange: form.outOfRange,
		educationDummies: Object.fromEntries(
			form.educationDummies.map((d) => {
				const path = `educationDummies.${d.name.trim()}`;
				const minYears = num(`${path}.minYears`, d.minYears, { required: false });
				const maxYears = num(`${path}.maxYears`, d.maxYears, { required: false });
				return [d.name.trim(), { minYears, maxYears }];
			})
		),
		values: Object.fromEntries(Object.entries(form.values).map(([v, f]) => [v, valueFrom(num, errors, v as NormValue, f)]))
	};
	if (form.test === 'phes') {
		Object.assign(candidate, { scheme: form.scheme, abnormalTotalAtMost: num('abnormalTotalAtMost', form.abnormalTotalAtMost, { integer: true }) });
		const penalty = num('lttErrorPenaltyS', form.lttErrorPenaltyS, { required: false });
		if (penalty !== undefined) candidate.lttErrorPenaltyS = penalty;
		// Required here although a file may lack it: a set typed in now states its DST limit.
		candidate.dstTimeLimitS = num('dstTimeLimitS', form.dstTimeLimitS, { integer: true });
		if (form.dstRescaling === 'linear') candidate.dstRescaling = 'linear';
	}
	// Blank optional numbers are dropped, as a file would leave them out.
	const parsed = normSetSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
	for (const issue of parsed.success ? [] : parsed.error.issues) errors[issue.path.join('.') || 'form'] ??= issue.message;
	if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, value: parsed.data };
}

export type ThresholdPreview = { kind: 'regression'; predicted: number; thresholds: Thresholds } | { kind: 'cutoff'; abnormalAbove?: number; abnormalBelow?: number };

/**
 * What the set gives for a sample person: T(−3…+3) per regression value, the cutoffs as they are.
 * German H2019, man of 50 with 12 school years: NCT-A predicted 24.2 s, T(+1) 32.0 s.
 */
export function previewThresholds(
	set: NormSet,
	person: Person
): { ok: true; values: Partial<Record<NormValue, ThresholdPreview>>; notes: string[] } | { ok: false; message: string } {
	const covariates = resolveCovariates(person, set);
	if (!covariates.ok) return { ok: false, message: covariates.message };
	const values: Partial<Record<NormValue, ThresholdPreview>> = {};
	for (const [value, model] of valueModels(set)) {
		if (model.kind === 'cutoff') values[value] = { kind: 'cutoff', abnormalAbove: model.abnormalAbove, abnormalBelow: model.abnormalBelow };
		else {
			const thresholds = thresholdsFor(model, covariates.values);
			values[value] = { kind: 'regression', predicted: thresholds[0], thresholds };
		}
	}
	return { ok: true, values, notes: outOfRangeProblems(person, set) };
}
