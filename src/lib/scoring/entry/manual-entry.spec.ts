import { describe, expect, it } from 'vitest';
import { builtinNormSet, germanH2019 } from '../norm-sets/builtin/index';
import { previewThresholds, validateNormSetForm, type NormSetForm, type ValueForm } from './manual-entry';
import type { RegressionModel } from '../norm-sets/norm-set';
import { phes6Values } from '../value-keys';

/** The German set as someone would type it from the table: variances already turned into SDs. */
function valueForm(model: RegressionModel): ValueForm {
	return {
		kind: 'regression',
		transform: model.transform,
		intercept: String(model.intercept),
		coefficients: Object.entries(model.coefficients).map(([covariate, value]) => ({ covariate, value: String(value) })),
		residualSd: String(model.residualSd),
		direction: '',
		abnormalAbove: '',
		abnormalBelow: ''
	};
}

const form = (): NormSetForm => ({
	id: 'german-h2019',
	version: '2',
	name: germanH2019.name,
	population: germanH2019.population,
	n: '',
	citation: germanH2019.citation,
	sourceNote: germanH2019.sourceNote,
	test: 'phes',
	administration: 'paper',
	outOfRange: 'flag',
	ageMin: '',
	ageMax: '',
	educationMin: '',
	educationMax: '',
	scheme: 'phes6',
	lttErrorPenaltyS: '',
	abnormalTotalAtMost: '-5',
	dstTimeLimitS: '90',
	dstRescaling: '',
	educationDummies: [
		{ name: 'E2', minYears: '10', maxYears: '12' },
		{ name: 'E3', minYears: '13', maxYears: '' },
		{ name: 'E23', minYears: '10', maxYears: '' }
	],
	values: Object.fromEntries(phes6Values.map((v) => [v, valueForm(germanH2019.values[v] as RegressionModel)]))
});

const withValue = (value: (typeof phes6Values)[number], change: Partial<ValueForm>): NormSetForm => {
	const f = form();
	f.values[value] = { ...(f.values[value] as ValueForm), ...change };
	return f;
};

describe('validateNormSetForm', () => {
	it('turns the typed German table into exactly the built-in set', () => {
		expect(validateNormSetForm(form())).toEqual({ ok: true, value: germanH2019 });
	});

	it('accepts a Unicode minus as pasted from a paper', () => {
		const f = withValue('sdt_s', { coefficients: [{ covariate: 'ageYears', value: '0.001204' }, { covariate: 'E23', value: '−0.026057' }] });
		const result = validateNormSetForm(f);
		expect(result.ok && (result.value.values as Record<string, RegressionModel>).sdt_s?.coefficients.E23).toBe(-0.026057);
	});

	it.each<[string, NormSetForm, string, RegExp]>([
		['a zero SD', withValue('ncta_s', { residualSd: '0' }), 'values.ncta_s.residualSd', /greater than 0/],
		['a negative SD', withValue('ltt_s', { residualSd: '-0.27' }), 'values.ltt_s.residualSd', /greater than 0/],
		['a blank SD', withValue('ltt_s', { residualSd: ' ' }), 'values.ltt_s.residualSd', /Enter a number/],
		['a missing coefficient', withValue('dst_count', { coefficients: [{ covariate: 'ageYears', value: '-0.006395' }, { covariate: 'female', value: '' }] }), 'values.dst_count.coefficients.female', /Enter the coefficient for female/],
		['a coefficient without covariate', withValue('ncta_s', { coefficients: [{ covariate: '', value: '0.01' }] }), 'values.ncta_s.coefficients.0', /Choose the covariate/],
		['a covariate listed twice', withValue('ncta_s', { coefficients: [{ covariate: 'ageYears', value: '0.01' }, { covariate: 'ageYears', value: '0.02' }] }), 'values.ncta_s.coefficients.ageYears', /listed twice/],
		['an unknown covariate', withValue('ncta_s', { coefficients: [{ covariate: 'E4', value: '0.01' }] }), 'values.ncta_s.coefficients.E4', /Unknown covariate 'E4'/],
		['an impossible transform', withValue('ltt_errors', { transform: 'ln' }), 'values.ltt_errors.transform', /count that can be 0/],
		['a decimal comma', withValue('ncta_s', { intercept: '2,641457' }), 'values.ncta_s.intercept', /point for decimals/],
		['text as a number', withValue('ncta_s', { intercept: 'two' }), 'values.ncta_s.intercept', /'two' is not a number/],
		['a reversed direction', withValue('dst_count', { direction: 'higher_worse' }), 'values.dst_count.direction', /lower is worse/],
		['a fractional version', { ...form(), version: '1.5' }, 'version', /whole number/],
		['an age range with one end', { ...form(), ageMin: '30' }, 'covariateRanges.ageYears.max', /Enter a number/],
		['no cutoff', { ...form(), abnormalTotalAtMost: '' }, 'abnormalTotalAtMost', /Enter a number/],
		['no DST time limit', { ...form(), dstTimeLimitS: '' }, 'dstTimeLimitS', /Enter a number/],
		['a DST time limit of 1.5 min', { ...form(), dstTimeLimitS: '1.5' }, 'dstTimeLimitS', /whole number/]
	])('reports %s against its field', (_what, f, field, message) => {
		const result = validateNormSetForm(f);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors[field], JSON.stringify(!result.ok && result.errors)).toMatch(message);
	});

	it('takes a linear DST rescaling when the paper allows it, and leaves it out otherwise', () => {
		const linear = validateNormSetForm({ ...form(), dstTimeLimitS: '120', dstRescaling: 'linear' });
		expect(linear.ok && linear.value).toMatchObject({ dstTimeLimitS: 120, dstRescaling: 'linear' });
		const plain = validateNormSetForm(form());
		expect(plain.ok && 'dstRescaling' in plain.value).toBe(false);
	});

	it('reports problems in several values at once', () => {
		const f = withValue('ncta_s', { residualSd: '0' });
		(f.values.nctb_s as ValueForm).intercept = '';
		const result = validateNormSetForm(f);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['values.nctb_s.intercept', 'values.ncta_s.residualSd'].sort());
	});
});

describe('previewThresholds', () => {
	it('gives T(−3…+3) for a sample person (German worked example)', () => {
		const preview = previewThresholds(germanH2019, { ageYears: 50, educationYears: 12, sex: 'm' });
		const ncta = preview.ok ? preview.values.ncta_s : undefined;
		expect(ncta?.kind).toBe('regression');
		if (ncta?.kind !== 'regression') return;
		expect([ncta.predicted, ncta.thresholds[1], ncta.thresholds[2], ncta.thresholds[3]].map((t) => Number(t.toFixed(1)))).toEqual([24.2, 32.0, 42.5, 56.3]);
	});

	it('names a covariate the sample person lacks', () => {
		expect(previewThresholds(germanH2019, { ageYears: 50, educationYears: 12, sex: null })).toEqual({ ok: false, message: expect.stringMatching(/sex/) });
	});

	it('shows cutoffs as they are, without covariates', () => {
		const preview = previewThresholds(builtinNormSet('china-2019')!, { ageYears: null, educationYears: null, sex: null });
		expect(preview.ok && preview.values).toEqual({
			total_time_s: { kind: 'cutoff', abnormalAbove: 186.63, abnormalBelow: undefined },
			off_time_s: { kind: 'cutoff', abnormalAbove: 97.34, abnormalBelow: undefined }
		});
	});

	it('notes an out-of-range sample person', () => {
		const set = { ...germanH2019, covariateRanges: { ageYears: { min: 30, max: 80 } } };
		expect(previewThresholds(set, { ageYears: 19, educationYears: 12, sex: 'm' })).toMatchObject({ ok: true, notes: [expect.stringMatching(/age 19/)] });
	});
});
