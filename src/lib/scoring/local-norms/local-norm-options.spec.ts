import { describe, expect, it } from 'vitest';
import { phes6Values, valueInfo } from '../value-keys';
import {
	checkIdentity,
	controlsNeeded,
	defaultArmIds,
	defaultSetId,
	defaultSetName,
	defaultTransforms,
	formatFitted,
	localNormOptions,
	nextFreeVersion,
	slug
} from './local-norm-options';

describe('defaults', () => {
	it('picks the arms whose role is healthy control, whatever their names', () => {
		const arms = [
			{ id: 'a', name: 'Healthy control', role: 'intervention' as const },
			{ id: 'b', name: 'Sehat', role: 'healthy_control' as const },
			{ id: 'c', name: 'Kontrol 2', role: 'healthy_control' as const }
		];
		expect(defaultArmIds(arms)).toEqual(['b', 'c']);
		expect(defaultArmIds([{ id: 'a', name: 'Healthy control', role: 'comparator' }])).toEqual([]);
	});

	it('uses ln for times and DST, √ for LTT errors, each allowed for its value', () => {
		expect(defaultTransforms).toEqual({ ncta_s: 'ln', nctb_s: 'ln', dst_count: 'ln', sdt_s: 'ln', ltt_s: 'ln', ltt_errors: 'sqrt' });
		for (const v of phes6Values) expect(valueInfo[v].transforms).toContain(defaultTransforms[v]);
	});

	it('names the set after the study', () => {
		expect(slug('Studi Hati — Jakarta 2026!')).toBe('studi-hati-jakarta-2026');
		expect(slug('Étude café')).toBe('etude-cafe');
		expect(defaultSetId('New study')).toBe('local-new-study');
		expect(defaultSetId('!!!')).toBe('local');
		expect(defaultSetName('New study', 'paper')).toBe('New study healthy controls (paper)');
	});

	it('takes the next free version of the id', () => {
		const taken = ['german-h2019@1', 'local-x@1', 'local-x@3', 'local-x-2@7'];
		expect(nextFreeVersion('local-x', taken)).toBe(4);
		expect(nextFreeVersion('local-y', taken)).toBe(1);
	});
});

describe('checkIdentity', () => {
	const taken = new Set(['local-x@1']);
	it('accepts a free kebab-case id, a whole version and a name', () => {
		expect(checkIdentity({ id: ' local-x ', version: '2', name: ' HC ' }, taken)).toEqual({ ok: true, value: { id: 'local-x', version: 2, name: 'HC' } });
	});
	it('says what is wrong with each field', () => {
		expect(checkIdentity({ id: 'Local X', version: '0', name: '' }, taken)).toEqual({
			ok: false,
			errors: {
				id: "Use lowercase letters and digits joined by '-', e.g. local-jakarta-hc.",
				version: 'The version is a whole number from 1.',
				name: 'Enter a name for the norm set.'
			}
		});
		expect(checkIdentity({ id: 'local-x', version: '1', name: 'HC' }, taken)).toEqual({ ok: false, errors: { version: 'Version 1 of local-x already exists; use 2.' } });
		expect(checkIdentity({ id: '', version: '1.5', name: 'HC' }, taken)).toMatchObject({ ok: false, errors: { id: 'Enter an id for the norm set.', version: 'The version is a whole number from 1.' } });
	});
});

describe('options', () => {
	it('needs 10 controls per coefficient, the intercept included', () => {
		expect(controlsNeeded(1)).toEqual({ coefficients: 2, controls: 20 });
		expect(controlsNeeded(3)).toEqual({ coefficients: 4, controls: 40 });
	});

	it('fits every phes6 value on the same covariates, in a fixed order', () => {
		const options = localNormOptions({ id: 'local-x', version: 2, name: 'HC' }, ' Jakarta ', {
			administration: 'digital',
			covariates: ['female', 'ageYears'],
			transforms: { ...defaultTransforms, sdt_s: 'lnln' },
			scatterAxis: 'educationYears'
		});
		expect(options).toMatchObject({ id: 'local-x', version: 2, name: 'HC', study: 'Jakarta', test: 'phes', scheme: 'phes6', administration: 'digital', scatterAxis: 'educationYears' });
		expect(Object.keys(options.values)).toEqual([...phes6Values]);
		expect(options.values.sdt_s).toEqual({ transform: 'lnln', covariates: ['ageYears', 'female'] });
	});

	it('formats fitted numbers with significant digits and a real minus', () => {
		expect(formatFitted(-0.0063951, 4)).toBe('−0.006395');
		expect(formatFitted(4.1031334, 4)).toBe('4.103');
		expect(formatFitted(0.010871234, 6)).toBe('0.0108712');
	});
});
