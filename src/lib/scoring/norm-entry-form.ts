// The hand-entry form for a published norm set, as the page holds it, and what the page needs
// around `validateNormSetForm`/`previewThresholds`: which fields show, where each message goes,
// the sample person of the preview and the threshold table.
import type { Person } from './covariates';
import { parseFormNumber } from './form-number';
import { validateNormSetForm, type DummyForm, type NormSetForm, type NormSetFormErrors, type ThresholdPreview, type ValueForm } from './manual-entry';
import type { NormSet } from './norm-set';
import { sdSteps, type SdStep } from './thresholds';
import { phesValues, schemeValues, stroopValues, valueInfo, type NormValue } from './value-keys';
import { formatNumber } from '../../routes/norms/norm-display';

/**
 * A model form for every value of both tests, so switching test or scheme loses nothing typed.
 * For Stroop values `kind` '' means "not used"; PHES values are always regressions.
 */
export interface EntryForm extends Omit<NormSetForm, 'values'> {
	values: Record<NormValue, ValueForm>;
}

const isStroopValue = (value: NormValue) => (stroopValues as readonly string[]).includes(value);

export function emptyValueForm(value: NormValue): ValueForm {
	return {
		kind: isStroopValue(value) ? '' : 'regression',
		transform: '',
		intercept: '',
		coefficients: [{ covariate: 'ageYears', value: '' }],
		residualSd: '',
		direction: '',
		abnormalAbove: '',
		abnormalBelow: ''
	};
}

export function emptyEntryForm(): EntryForm {
	const values = [...phesValues, ...stroopValues];
	return {
		id: '',
		version: '1',
		name: '',
		population: '',
		n: '',
		citation: '',
		sourceNote: '',
		test: 'phes',
		administration: 'paper',
		outOfRange: 'flag',
		ageMin: '',
		ageMax: '',
		educationMin: '',
		educationMax: '',
		scheme: 'phes6',
		lttErrorPenaltyS: '',
		abnormalTotalAtMost: '',
		educationDummies: [],
		values: Object.fromEntries(values.map((v) => [v, emptyValueForm(v)])) as Record<NormValue, ValueForm>
	};
}

/** The values whose models the form shows: the scheme's for PHES, all three for Stroop. */
export function shownValues(form: Pick<EntryForm, 'test' | 'scheme'>): readonly NormValue[] {
	if (form.test === 'phes') return schemeValues(form.scheme === 'phes5' ? 'phes5' : 'phes6');
	if (form.test === 'stroop') return stroopValues;
	return [];
}

const blankDummy = (d: DummyForm) => d.name.trim() === '' && d.minYears.trim() === '' && d.maxYears.trim() === '';

/** What is validated: only the shown (and, for Stroop, used) values; blank dummy rows dropped. */
export function toNormSetForm(form: EntryForm): NormSetForm {
	const phes = form.test === 'phes';
	const used = shownValues(form).filter((v) => phes || form.values[v].kind !== '');
	return {
		...form,
		lttErrorPenaltyS: phes && form.scheme === 'phes5' ? form.lttErrorPenaltyS : '',
		educationDummies: form.educationDummies.filter((d) => !blankDummy(d)),
		values: Object.fromEntries(used.map((v) => [v, phes ? { ...form.values[v], kind: 'regression' } : form.values[v]]))
	};
}

/** Identifies the entries a preview was made of; Save needs the preview of the current form. */
export const formFingerprint = (form: EntryForm) => JSON.stringify(toNormSetForm(form));

/** `validateNormSetForm`, plus a dummy name used twice (which would silently keep only one). */
export function validateEntry(form: EntryForm): { ok: true; value: NormSet } | { ok: false; errors: NormSetFormErrors } {
	const duplicates: NormSetFormErrors = {};
	const names = form.educationDummies.filter((d) => !blankDummy(d)).map((d) => d.name.trim());
	for (const name of names.filter((n, i) => names.indexOf(n) !== i)) {
		duplicates[`educationDummies.${name}`] = `The dummy name ${name} is used twice; give each dummy its own name.`;
	}
	const result = validateNormSetForm(toNormSetForm(form));
	if (result.ok && Object.keys(duplicates).length === 0) return result;
	return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...duplicates } };
}

/** The element id of a field: `values.ncta_s.residualSd` → `nf-values-ncta_s-residualSd`. */
export const fieldId = (path: string) => `nf-${path.replace(/\./g, '-')}`;

export interface PlacedError {
	path: string;
	message: string;
}
/** The message for exactly this path, with the path, as a field shows it. */
export const errorAt = (errors: NormSetFormErrors, path: string): PlacedError | undefined =>
	errors[path] === undefined ? undefined : { path, message: errors[path] };
const pick = errorAt;

/**
 * The message next to each coefficient row. A row without covariate has its error by index; one by
 * covariate name goes to the last row with that covariate (the repeat, when listed twice).
 */
export function coefficientRowErrors(value: NormValue, rows: readonly { covariate: string }[], errors: NormSetFormErrors): (PlacedError | undefined)[] {
	const path = `values.${value}.coefficients`;
	return rows.map((row, i) => {
		const covariate = row.covariate.trim();
		const lastWithIt = rows.findLastIndex((r) => r.covariate.trim() === covariate) === i;
		return pick(errors, `${path}.${i}`) ?? (covariate !== '' && lastWithIt ? pick(errors, `${path}.${covariate}`) : undefined);
	});
}

export interface DummyRowErrors {
	name?: PlacedError;
	minYears?: PlacedError;
	maxYears?: PlacedError;
}

/** The messages next to each education-dummy row; a name used twice takes them on its last row. */
export function dummyRowErrors(rows: readonly DummyForm[], errors: NormSetFormErrors): DummyRowErrors[] {
	return rows.map((row, i) => {
		const name = row.name.trim();
		if (blankDummy(row) || rows.findLastIndex((r) => r.name.trim() === name) !== i) return {};
		const path = `educationDummies.${name}`;
		return { name: pick(errors, path), minYears: pick(errors, `${path}.minYears`), maxYears: pick(errors, `${path}.maxYears`) };
	});
}

/** Every error path the form shows next to a field; the rest go to the summary at the top. */
export function placedPaths(form: EntryForm): Set<string> {
	const paths = ['id', 'version', 'name', 'population', 'n', 'citation', 'sourceNote', 'test', 'administration', 'outOfRange'];
	for (const range of ['ageYears', 'educationYears']) paths.push(`covariateRanges.${range}.min`, `covariateRanges.${range}.max`);
	if (form.test === 'phes') paths.push('scheme', 'abnormalTotalAtMost', ...(form.scheme === 'phes5' ? ['lttErrorPenaltyS'] : []));
	if (form.test === 'stroop') paths.push('values');
	for (const row of form.educationDummies.filter((d) => !blankDummy(d))) {
		const path = `educationDummies.${row.name.trim()}`;
		paths.push(path, `${path}.minYears`, `${path}.maxYears`);
	}
	for (const value of shownValues(form)) {
		const path = `values.${value}`;
		const model = form.values[value];
		paths.push(path, `${path}.kind`);
		const kind = form.test === 'phes' ? 'regression' : model.kind;
		if (kind === 'cutoff') paths.push(`${path}.abnormalAbove`, `${path}.abnormalBelow`);
		if (kind !== 'regression') continue;
		paths.push(`${path}.transform`, `${path}.intercept`, `${path}.residualSd`);
		model.coefficients.forEach((row, i) => paths.push(`${path}.coefficients.${i}`, `${path}.coefficients.${row.covariate.trim()}`));
	}
	return new Set(paths);
}

export function unplacedErrors(form: EntryForm, errors: NormSetFormErrors): PlacedError[] {
	const placed = placedPaths(form);
	return Object.entries(errors)
		.filter(([path]) => !placed.has(path))
		.map(([path, message]) => ({ path, message }));
}

const dummyName = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The covariates a coefficient can belong to: the three built-in ones and the set's dummies. */
export function covariateOptions(dummies: readonly DummyForm[], current = ''): { value: string; label: string }[] {
	const options = [
		{ value: 'ageYears', label: 'ageYears — age in years' },
		{ value: 'educationYears', label: 'educationYears — school years' },
		{ value: 'female', label: 'female — 1 for women, 0 for men' }
	];
	for (const name of new Set(dummies.map((d) => d.name.trim()))) {
		if (dummyName.test(name) && !options.some((o) => o.value === name)) options.push({ value: name, label: `${name} — education dummy` });
	}
	const chosen = current.trim();
	if (chosen !== '' && !options.some((o) => o.value === chosen)) options.push({ value: chosen, label: `${chosen} — not defined` });
	return options;
}

export interface SampleForm {
	ageYears: string;
	educationYears: string;
	sex: string;
}
export type SampleField = keyof SampleForm;

/** The preview's default sample person: a man of 50 with 12 school years (clinical-spec §2). */
export const defaultSample = (): SampleForm => ({ ageYears: '50', educationYears: '12', sex: 'm' });

/** The sample person; a blank field is unknown (the preview then names what the set needs). */
export function parseSample(sample: SampleForm): { ok: true; person: Person } | { ok: false; errors: Partial<Record<SampleField, string>> } {
	const errors: Partial<Record<SampleField, string>> = {};
	const age = parseFormNumber(sample.ageYears);
	if (!age.ok) errors.ageYears = age.message;
	else if (age.value !== undefined && (age.value < 0 || age.value > 120)) errors.ageYears = 'Enter an age from 0 to 120 years.';
	const education = parseFormNumber(sample.educationYears, { integer: true });
	if (!education.ok) errors.educationYears = education.message;
	else if (education.value !== undefined && (education.value < 0 || education.value > 30)) errors.educationYears = 'Enter whole school years from 0 to 30.';
	if (!age.ok || !education.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const sex = sample.sex === 'm' || sample.sex === 'f' ? sample.sex : null;
	return { ok: true, person: { ageYears: age.value ?? null, educationYears: education.value ?? null, sex } };
}

/** A threshold in raw units: one decimal from 10 up, two below (24.2, 32.0, 3.65), with a real minus. */
export function formatThreshold(x: number): string {
	if (!Number.isFinite(x)) return String(x);
	const text = x.toFixed(Math.abs(x) >= 10 ? 1 : 2);
	return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

export type PreviewRow =
	| { value: NormValue; label: string; kind: 'regression'; cells: { step: SdStep; text: string }[] }
	| { value: NormValue; label: string; kind: 'cutoff'; text: string };

/** One row per value of the preview, in the order of the value list; cutoffs as typed. */
export function previewRows(values: Partial<Record<NormValue, ThresholdPreview>>): PreviewRow[] {
	return [...phesValues, ...stroopValues].flatMap((value): PreviewRow[] => {
		const preview = values[value];
		const label = valueInfo[value].label;
		if (!preview) return [];
		if (preview.kind === 'cutoff') {
			const parts = [
				preview.abnormalAbove !== undefined && `abnormal above ${formatNumber(preview.abnormalAbove)}`,
				preview.abnormalBelow !== undefined && `abnormal below ${formatNumber(preview.abnormalBelow)}`
			].filter(Boolean);
			return [{ value, label, kind: 'cutoff', text: parts.join('; ') }];
		}
		return [{ value, label, kind: 'regression', cells: sdSteps.map((step) => ({ step, text: formatThreshold(preview.thresholds[step]) })) }];
	});
}

/** `a man of 50 with 12 school years`, for the caption of the preview. */
export function describeSample(person: Person): string {
	const who = person.sex === 'f' ? 'a woman' : person.sex === 'm' ? 'a man' : 'a person of unknown sex';
	const age = person.ageYears === null ? 'of unknown age' : `of ${person.ageYears}`;
	const school = person.educationYears === null ? 'unknown schooling' : `${person.educationYears} school year${person.educationYears === 1 ? '' : 's'}`;
	return `${who} ${age} with ${school}`;
}
