import { describe, expect, it } from 'vitest';
import { builtinNormSet, germanH2019 } from './norm-sets/builtin/index';
import { dummyValue, neededCovariates, outOfRangeProblems, resolveCovariates, type Person } from './covariates';

const person = (change: Partial<Person> = {}): Person => ({ ageYears: 50, educationYears: 12, sex: 'm', ...change });

describe('covariates', () => {
	it('lists what the German set needs', () => {
		expect(neededCovariates(germanH2019)).toEqual(['E2', 'E23', 'E3', 'ageYears', 'female']);
		expect(neededCovariates(builtinNormSet('us-encephalapp-2015')!)).toEqual([]);
	});

	it.each<[number, { E2: number; E3: number; E23: number }]>([
		[0, { E2: 0, E3: 0, E23: 0 }],
		[9, { E2: 0, E3: 0, E23: 0 }],
		[10, { E2: 1, E3: 0, E23: 1 }],
		[12, { E2: 1, E3: 0, E23: 1 }],
		[13, { E2: 0, E3: 1, E23: 1 }],
		[21, { E2: 0, E3: 1, E23: 1 }]
	])('puts %i school years in the H2019 education groups', (years, expected) => {
		const resolved = resolveCovariates(person({ educationYears: years }), germanH2019);
		expect(resolved.ok && { E2: resolved.values.E2, E3: resolved.values.E3, E23: resolved.values.E23 }).toEqual(expected);
	});

	it('codes female as 1 for women only', () => {
		const values = [person({ sex: 'f' }), person({ sex: 'm' })].map((p) => {
			const resolved = resolveCovariates(p, germanH2019);
			return resolved.ok ? resolved.values.female : null;
		});
		expect(values).toEqual([1, 0]);
	});

	it('uses inclusive dummy bounds', () => {
		expect([9, 10, 12, 13].map((years) => dummyValue({ minYears: 10, maxYears: 12 }, years))).toEqual([0, 1, 1, 0]);
	});

	it.each<[string, Partial<Person>, string[], RegExp]>([
		['no sex', { sex: null }, ['sex'], /missing sex \(for the covariate female\)/],
		['no age', { ageYears: null }, ['ageYears'], /missing age/],
		['no education', { educationYears: null }, ['educationYears'], /years of education \(for the covariate E2\)/],
		['fractional school years', { educationYears: 12.5 }, ['educationYears'], /whole school years/],
		['nothing known', { sex: null, ageYears: null, educationYears: null }, ['educationYears', 'ageYears', 'sex'], /missing .*age.*sex/]
	])('reports %s instead of defaulting', (_what, change, missing, message) => {
		const resolved = resolveCovariates(person(change), germanH2019);
		expect(resolved.ok).toBe(false);
		expect(!resolved.ok && [...resolved.missing].sort()).toEqual([...missing].sort());
		expect(!resolved.ok && resolved.message).toMatch(message);
	});

	it('needs nothing for a plain cutoff set', () => {
		expect(resolveCovariates({ ageYears: null, educationYears: null, sex: null }, builtinNormSet('china-2019')!)).toEqual({ ok: true, values: {} });
	});

	it('finds covariates outside the sample range, bounds included in the range', () => {
		const set = { ...germanH2019, covariateRanges: { ageYears: { min: 30, max: 80 }, educationYears: { min: 6, max: 18 } } };
		expect(outOfRangeProblems(person({ ageYears: 19 }), set)).toEqual(["age 19 years is outside the norm sample's 30–80 years"]);
		expect(outOfRangeProblems(person({ ageYears: 30, educationYears: 18 }), set)).toEqual([]);
		expect(outOfRangeProblems(person({ ageYears: 81, educationYears: 3 }), set)).toHaveLength(2);
		expect(outOfRangeProblems(person({ ageYears: 81 }), germanH2019)).toEqual([]);
	});
});
