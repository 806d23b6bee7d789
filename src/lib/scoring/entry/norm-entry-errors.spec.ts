import { describe, expect, it } from 'vitest';
import { coefficientRowErrors, fieldId, unplacedErrors } from './norm-entry-errors';
import { emptyEntryForm } from './norm-entry-form';

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
});
