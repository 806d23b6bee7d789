// The hand-entry form for a published norm set, as the page holds it, and what the page needs
// around `validateNormSetForm`: an empty form, which values show, what is validated, the
// covariates a coefficient can name. Where each message goes is in norm-entry-errors.ts; the
// threshold preview in norm-entry-preview.ts.
import { validateNormSetForm, type DummyForm, type NormSetForm, type NormSetFormErrors, type ValueForm } from './manual-entry';
import type { NormSet } from '../norm-sets/norm-set';
import { phesValues, schemeValues, stroopValues, type NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';

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
		dstTimeLimitS: '',
		dstRescaling: '',
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

/** A dummy row left empty: not part of the set, never an error. */
export const isBlankDummy = (d: DummyForm) => d.name.trim() === '' && d.minYears.trim() === '' && d.maxYears.trim() === '';

/** What is validated: only the shown (and, for Stroop, used) values; blank dummy rows dropped. */
export function toNormSetForm(form: EntryForm): NormSetForm {
	const phes = form.test === 'phes';
	const used = shownValues(form).filter((v) => phes || form.values[v].kind !== '');
	return {
		...form,
		lttErrorPenaltyS: phes && form.scheme === 'phes5' ? form.lttErrorPenaltyS : '',
		educationDummies: form.educationDummies.filter((d) => !isBlankDummy(d)),
		values: Object.fromEntries(used.map((v) => [v, phes ? { ...form.values[v], kind: 'regression' } : form.values[v]]))
	};
}

/** Identifies the entries a preview was made of; Save needs the preview of the current form. */
export const formFingerprint = (form: EntryForm) => JSON.stringify(toNormSetForm(form));

/** `validateNormSetForm`, plus a dummy name used twice (which would silently keep only one). */
export function validateEntry(form: EntryForm): { ok: true; value: NormSet } | { ok: false; errors: NormSetFormErrors } {
	const duplicates: NormSetFormErrors = {};
	const names = form.educationDummies.filter((d) => !isBlankDummy(d)).map((d) => d.name.trim());
	for (const name of names.filter((n, i) => names.indexOf(n) !== i)) {
		duplicates[`educationDummies.${name}`] = m.norms_entry_error_dummy_twice({ name });
	}
	const result = validateNormSetForm(toNormSetForm(form));
	if (result.ok && Object.keys(duplicates).length === 0) return result;
	return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...duplicates } };
}

const dummyName = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The covariates a coefficient can belong to: the three built-in ones and the set's dummies. */
export function covariateOptions(dummies: readonly DummyForm[], current = ''): { value: string; label: string }[] {
	const options = [
		{ value: 'ageYears', label: m.norms_entry_option_age() },
		{ value: 'educationYears', label: m.norms_entry_option_education() },
		{ value: 'female', label: m.norms_entry_option_female() }
	];
	for (const name of new Set(dummies.map((d) => d.name.trim()))) {
		if (dummyName.test(name) && !options.some((o) => o.value === name)) options.push({ value: name, label: m.norms_entry_option_dummy({ name }) });
	}
	const chosen = current.trim();
	if (chosen !== '' && !options.some((o) => o.value === chosen)) options.push({ value: chosen, label: m.norms_entry_option_undefined({ name: chosen }) });
	return options;
}
