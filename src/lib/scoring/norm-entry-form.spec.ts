import { describe, expect, it } from 'vitest';
import { germanH2019 } from './builtin';
import { previewThresholds } from './manual-entry';
import type { RegressionModel } from './norm-set';
import { phes6Values } from './value-keys';
import {
	coefficientRowErrors,
	covariateOptions,
	describeSample,
	dummyRowErrors,
	emptyEntryForm,
	fieldId,
	formatThreshold,
	formFingerprint,
	parseSample,
	previewRows,
	shownValues,
	toNormSetForm,
	unplacedErrors,
	validateEntry,
	type EntryForm
} from './norm-entry-form';

/** The German table typed in as `h2019-typed`, as the browser test does. */
function typedGerman(): EntryForm {
	const form = emptyEntryForm();
	Object.assign(form, {
		id: 'h2019-typed',
		version: '1',
		name: germanH2019.name,
		population: germanH2019.population,
		citation: germanH2019.citation,
		sourceNote: germanH2019.sourceNote,
		abnormalTotalAtMost: '−5',
		educationDummies: [
			{ name: 'E2', minYears: '10', maxYears: '12' },
			{ name: 'E3', minYears: '13', maxYears: '' },
			{ name: 'E23', minYears: '10', maxYears: '' }
		]
	});
	for (const value of phes6Values) {
		const model = germanH2019.values[value] as RegressionModel;
		Object.assign(form.values[value], {
			transform: model.transform,
			intercept: String(model.intercept),
			residualSd: String(model.residualSd),
			coefficients: Object.entries(model.coefficients).map(([covariate, c]) => ({ covariate, value: String(c) }))
		});
	}
	return form;
}

describe('validateEntry', () => {
	it('turns the typed German table into the built-in set under the new id', () => {
		expect(validateEntry(typedGerman())).toEqual({ ok: true, value: { ...germanH2019, id: 'h2019-typed' } });
	});

	it('validates only the shown values: the scheme’s for PHES, the used ones for Stroop', () => {
		const form = typedGerman();
		expect(shownValues(form)).toEqual(phes6Values);
		expect(Object.keys(toNormSetForm({ ...form, scheme: 'phes5' }).values)).toEqual(['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_combined']);
		const stroop: EntryForm = { ...emptyEntryForm(), test: 'stroop', administration: 'touch', id: 's', name: 'S', population: 'P', citation: 'C' };
		stroop.values.total_time_s = { ...stroop.values.total_time_s, kind: 'cutoff', abnormalAbove: '190' };
		expect(Object.keys(toNormSetForm(stroop).values)).toEqual(['total_time_s']);
		expect(validateEntry(stroop)).toMatchObject({ ok: true, value: { test: 'stroop', values: { total_time_s: { kind: 'cutoff', abnormalAbove: 190 } } } });
	});

	it('drops a blank dummy row, and the LTT penalty of a phes6 set', () => {
		const form = typedGerman();
		form.educationDummies.push({ name: ' ', minYears: '', maxYears: '' });
		form.lttErrorPenaltyS = '5';
		expect(validateEntry(form).ok).toBe(true);
	});

	it('refuses a dummy name used twice, on its last row', () => {
		const form = typedGerman();
		form.educationDummies.push({ name: 'E2', minYears: '9', maxYears: '9' });
		const result = validateEntry(form);
		expect(!result.ok && result.errors['educationDummies.E2']).toMatch(/used twice/);
		const rows = dummyRowErrors(form.educationDummies, result.ok ? {} : result.errors);
		expect(rows.map((r) => r.name?.path)).toEqual([undefined, undefined, undefined, 'educationDummies.E2']);
	});

	it('refuses a negative SD and ln for LTT errors, each against its own field', () => {
		const form = typedGerman();
		form.values.ltt_s.residualSd = '-0.27';
		form.values.ltt_errors.transform = 'ln';
		const result = validateEntry(form);
		expect(result.ok).toBe(false);
		const errors = result.ok ? {} : result.errors;
		expect(errors['values.ltt_s.residualSd']).toBe('The residual SD must be greater than 0.');
		expect(errors['values.ltt_errors.transform']).toMatch(/ltt_errors is a count that can be 0/);
		expect(unplacedErrors(form, errors)).toEqual([]);
	});
});

describe('where each message goes', () => {
	it('puts coefficient messages on their row', () => {
		const rows = [{ covariate: 'ageYears' }, { covariate: '' }, { covariate: 'ageYears' }];
		const errors = { 'values.ncta_s.coefficients.1': 'Choose the covariate', 'values.ncta_s.coefficients.ageYears': 'ageYears is listed twice.' };
		expect(coefficientRowErrors('ncta_s', rows, errors)).toEqual([
			undefined,
			{ path: 'values.ncta_s.coefficients.1', message: 'Choose the covariate' },
			{ path: 'values.ncta_s.coefficients.ageYears', message: 'ageYears is listed twice.' }
		]);
	});

	it('sends messages without a field to the summary', () => {
		const form = emptyEntryForm();
		expect(unplacedErrors(form, { 'values.ncta_s.intercept': 'x', 'values.ltt_combined': 'y', form: 'z' })).toEqual([
			{ path: 'values.ltt_combined', message: 'y' },
			{ path: 'form', message: 'z' }
		]);
		expect(unplacedErrors({ ...form, scheme: 'phes5' }, { 'values.ltt_combined': 'y', lttErrorPenaltyS: 'p' })).toEqual([]);
	});

	it('derives element ids from paths', () => {
		expect(fieldId('values.ncta_s.residualSd')).toBe('nf-values-ncta_s-residualSd');
	});

	it('offers the built-in covariates, the valid dummies and an unknown current choice', () => {
		const options = covariateOptions([{ name: 'E2', minYears: '', maxYears: '' }, { name: '2x', minYears: '', maxYears: '' }], 'E9');
		expect(options.map((o) => o.value)).toEqual(['ageYears', 'educationYears', 'female', 'E2', 'E9']);
		expect(options.at(-1)?.label).toMatch(/not defined/);
	});
});

describe('preview', () => {
	it('shows the German worked example for the default sample person', () => {
		const person = parseSample({ ageYears: '50', educationYears: '12', sex: 'm' });
		expect(person).toEqual({ ok: true, person: { ageYears: 50, educationYears: 12, sex: 'm' } });
		if (!person.ok) return;
		const result = validateEntry(typedGerman());
		const preview = result.ok ? previewThresholds(result.value, person.person) : undefined;
		const rows = preview?.ok ? previewRows(preview.values) : [];
		const ncta = rows.find((r) => r.value === 'ncta_s');
		expect(ncta?.kind === 'regression' && ncta.cells.map((c) => c.text)).toEqual([expect.any(String), expect.any(String), expect.any(String), '24.2', '32.0', '42.5', '56.3']);
		const dst = rows.find((r) => r.value === 'dst_count');
		expect(dst?.kind === 'regression' && dst.cells.map((c) => c.text).slice(0, 5)).toEqual(['29.7', '34.9', '41.0', '48.2', '56.6']);
		expect(describeSample(person.person)).toBe('a man of 50 with 12 school years');
	});

	it('refuses an impossible sample person; a blank field is unknown', () => {
		expect(parseSample({ ageYears: '-3', educationYears: '12.5', sex: 'f' })).toEqual({
			ok: false,
			errors: { ageYears: 'Enter an age from 0 to 120 years.', educationYears: 'Enter a whole number.' }
		});
		expect(parseSample({ ageYears: '', educationYears: '', sex: '' })).toEqual({ ok: true, person: { ageYears: null, educationYears: null, sex: null } });
	});

	it('shows cutoffs as typed', () => {
		expect(previewRows({ total_time_s: { kind: 'cutoff', abnormalAbove: 190 } })).toEqual([
			{ value: 'total_time_s', label: 'Stroop On + Off time (s)', kind: 'cutoff', text: 'abnormal above 190' }
		]);
	});

	it('formats thresholds with a real minus and sensible decimals', () => {
		expect([24.17, 3.6549, -4, -0.001, 120].map(formatThreshold)).toEqual(['24.2', '3.65', '−4.00', '0.00', '120.0']);
	});

	it('needs a new preview after any change', () => {
		const form = typedGerman();
		const before = formFingerprint(form);
		form.values.ncta_s.intercept = '2.64';
		expect(formFingerprint(form)).not.toBe(before);
	});
});
