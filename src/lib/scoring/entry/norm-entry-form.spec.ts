import { describe, expect, it } from 'vitest';
import { germanH2019 } from '../norm-sets/builtin';
import { typedGerman } from './typed-german-form.fixture';
import { dummyRowErrors, unplacedErrors } from './norm-entry-errors';
import { covariateOptions, emptyEntryForm, formFingerprint, shownValues, toNormSetForm, validateEntry, type EntryForm } from './norm-entry-form';
import { phes6Values } from '../value-keys';

describe('validateEntry', () => {
	it('turns the typed German table into the built-in set under the new id', () => {
		expect(validateEntry(typedGerman())).toEqual({ ok: true, value: { ...germanH2019, id: 'h2019-typed', version: 1 } });
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

describe('the form', () => {
	it('offers the built-in covariates, the valid dummies and an unknown current choice', () => {
		const options = covariateOptions([{ name: 'E2', minYears: '', maxYears: '' }, { name: '2x', minYears: '', maxYears: '' }], 'E9');
		expect(options.map((o) => o.value)).toEqual(['ageYears', 'educationYears', 'female', 'E2', 'E9']);
		expect(options.at(-1)?.label).toMatch(/not defined/);
	});

	it('needs a new preview after any change', () => {
		const form = typedGerman();
		const before = formFingerprint(form);
		form.values.ncta_s.intercept = '2.64';
		expect(formFingerprint(form)).not.toBe(before);
	});
});
