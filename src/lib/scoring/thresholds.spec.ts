import { describe, expect, it } from 'vitest';
import { germanH2019 } from './norm-sets/builtin/german-h2019';
import { resolveCovariates, type Person } from './covariates';
import type { RegressionModel } from './norm-sets/norm-set';
import { bandScore, predictTransformed, thresholdsFor, zScore, type SdStep, type Thresholds } from './thresholds';
import type { PhesValue } from './value-keys';

const man50: Person = { ageYears: 50, educationYears: 12, sex: 'm' };
const woman60: Person = { ageYears: 60, educationYears: 6, sex: 'f' };
const man35: Person = { ageYears: 35, educationYears: 16, sex: 'm' };

function germanThresholds(value: PhesValue, person: Person): Thresholds {
	const covariates = resolveCovariates(person, germanH2019);
	if (!covariates.ok) throw new Error(covariates.message);
	return thresholdsFor(germanH2019.values[value] as RegressionModel, covariates.values);
}

describe('German H2019 worked thresholds (clinical-spec §2, research/clinical.md §2.6)', () => {
	// [person, value, [k, expected raw threshold to one decimal]...]
	it.each<[string, Person, PhesValue, [SdStep, number][]]>([
		['man 50, 12 y', man50, 'ncta_s', [[0, 24.2], [1, 32.0], [2, 42.5], [3, 56.3]]],
		['man 50, 12 y', man50, 'nctb_s', [[0, 63.2], [1, 83.2], [2, 109.3], [3, 143.7]]],
		['man 50, 12 y', man50, 'dst_count', [[0, 48.2], [-1, 41.0], [-2, 34.9], [-3, 29.7], [1, 56.6]]],
		['man 50, 12 y', man50, 'sdt_s', [[0, 38.3], [1, 44.7], [2, 52.6], [3, 62.2]]],
		['man 50, 12 y', man50, 'ltt_s', [[0, 74.0], [1, 97.7], [2, 129.0], [3, 170.2]]],
		['man 50, 12 y', man50, 'ltt_errors', [[0, 26.2], [1, 50.2], [2, 81.9], [3, 121.4]]],
		['woman 60, 6 y', woman60, 'ncta_s', [[0, 26.9], [1, 35.7], [2, 47.3], [3, 62.7]]],
		['woman 60, 6 y', woman60, 'nctb_s', [[0, 84.1], [1, 110.6], [2, 145.4], [3, 191.1]]],
		['woman 60, 6 y', woman60, 'dst_count', [[0, 44.5], [-1, 37.9], [-2, 32.3], [-3, 27.5]]],
		['woman 60, 6 y', woman60, 'sdt_s', [[0, 44.1], [1, 51.8], [2, 61.3], [3, 73.0]]],
		['man 35, 16 y', man35, 'nctb_s', [[0, 46.1], [1, 60.7], [2, 79.8], [3, 104.8]]],
		['man 35, 16 y', man35, 'dst_count', [[0, 55.6], [-1, 47.3], [-2, 40.2], [-3, 34.3]]]
	])('%s: %s', (_who, person, value, expected) => {
		const t = germanThresholds(value, person);
		for (const [k, raw] of expected) expect(t[k], `T(${k})`).toBeCloseTo(raw, 1);
	});

	it('predicts on the transformed scale from the coefficients', () => {
		const covariates = resolveCovariates(man50, germanH2019);
		expect(covariates.ok && predictTransformed(germanH2019.values.ncta_s as RegressionModel, covariates.values)).toBeCloseTo(2.641457 + 0.010871 * 50, 10);
	});

	it('refuses to predict without a needed covariate', () => {
		expect(() => predictTransformed(germanH2019.values.dst_count as RegressionModel, { ageYears: 50 })).toThrow(/E2/);
	});
});

describe('bandScore (clinical-spec §2 step 3, boundaries in the worse band)', () => {
	const t = germanThresholds('ncta_s', man50);
	const dst = germanThresholds('dst_count', man50);
	const below = (x: number) => x * (1 - 1e-12);
	const above = (x: number) => x * (1 + 1e-12);

	it.each<[string, number, -3 | -2 | -1 | 0 | 1]>([
		['exactly T(+3)', t[3], -3],
		['just below T(+3)', below(t[3]), -2],
		['exactly T(+2)', t[2], -2],
		['just below T(+2)', below(t[2]), -1],
		['exactly T(+1)', t[1], -1],
		['just below T(+1)', below(t[1]), 0],
		['the mean', t[0], 0],
		['just above T(−1)', above(t[-1]), 0],
		['exactly T(−1)', t[-1], 1],
		['far below', 1, 1]
	])('times, higher is worse: %s', (_what, raw, band) => {
		expect(bandScore(raw, t, 'higher_worse')).toBe(band);
	});

	it.each<[string, number, -3 | -2 | -1 | 0 | 1]>([
		['exactly T(−3)', dst[-3], -3],
		['just above T(−3)', above(dst[-3]), -2],
		['exactly T(−2)', dst[-2], -2],
		['just above T(−2)', above(dst[-2]), -1],
		['exactly T(−1)', dst[-1], -1],
		['just above T(−1)', above(dst[-1]), 0],
		['just below T(+1)', below(dst[1]), 0],
		['exactly T(+1)', dst[1], 1],
		['zero items', 0, -3]
	])('DST, lower is worse: %s', (_what, raw, band) => {
		expect(bandScore(raw, dst, 'lower_worse')).toBe(band);
	});

	it('matches the worked NCT-A example in whole seconds', () => {
		expect([31, 32.1, 42.5, 56.3, 18].map((raw) => bandScore(raw, t, 'higher_worse'))).toEqual([0, -1, -2, -3, 1]);
	});

	it('z is +1 at T(+1) and 0 at the mean', () => {
		const model = germanH2019.values.ncta_s as RegressionModel;
		const covariates = { ageYears: 50 };
		expect(zScore(model, covariates, t[1])).toBeCloseTo(1, 10);
		expect(zScore(model, covariates, t[0])).toBeCloseTo(0, 10);
	});
});
