import { describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../tasks/shared/random';
import { germanH2019 } from '../norm-sets/builtin/index';
import { buildLocalNormSet, type LocalNormOptions, type LocalNormRow } from './local-norms';
import type { PhesNormSet, RegressionModel } from '../norm-sets/norm-set';
import { scorePhes } from '../phes-score';
import { predictTransformed } from '../thresholds';
import { backTransform, type Transform } from '../transforms';
import { phes6Values, type PhesValue } from '../value-keys';

/** Standard normal draw (Box–Muller). */
const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

const dummies = { E2: { minYears: 10, maxYears: 12 }, E3: { minYears: 13 }, E23: { minYears: 10 } };
const covariatesOf: Record<PhesValue, string[]> = {
	ncta_s: ['ageYears'],
	nctb_s: ['ageYears', 'E2', 'E3'],
	dst_count: ['ageYears', 'E2', 'E3', 'female'],
	sdt_s: ['ageYears', 'E23'],
	ltt_s: ['ageYears'],
	ltt_errors: ['ageYears'],
	ltt_combined: ['ageYears']
};

/** Healthy controls drawn from the German H2019 models themselves, so the fit must give them back. */
function syntheticControls(n: number, seed: number): LocalNormRow[] {
	const rng = mulberry32(seed);
	return Array.from({ length: n }, (_, i) => {
		const person = { ageYears: 20 + Math.floor(rng() * 61), educationYears: 4 + Math.floor(rng() * 15), sex: rng() < 0.5 ? ('f' as const) : ('m' as const) };
		const covariates = { ageYears: person.ageYears, female: person.sex === 'f' ? 1 : 0, E2: person.educationYears >= 10 && person.educationYears <= 12 ? 1 : 0, E3: person.educationYears >= 13 ? 1 : 0, E23: person.educationYears >= 10 ? 1 : 0 };
		const values = Object.fromEntries(
			phes6Values.map((value) => {
				const model = germanH2019.values[value] as RegressionModel;
				const raw = backTransform(model.transform, predictTransformed(model, covariates) + model.residualSd * normal(rng));
				// Counts are whole numbers in real data; keep them continuous here so the check is exact in expectation.
				return [value, value === 'ltt_errors' ? Math.max(raw, 0) : raw];
			})
		);
		return { ...person, label: `HC-${i + 1}`, values, dstTimeLimitS: 90 };
	});
}

const options = (change: Partial<LocalNormOptions> = {}): LocalNormOptions => ({
	id: 'jakarta-hc-2026',
	name: 'Jakarta healthy controls',
	study: 'the Jakarta MHE trial',
	test: 'phes',
	administration: 'paper',
	scheme: 'phes6',
	educationDummies: dummies,
	values: Object.fromEntries(phes6Values.map((v) => [v, { transform: (germanH2019.values[v] as RegressionModel).transform as Transform, covariates: covariatesOf[v] }])),
	...change
});

describe('buildLocalNormSet', () => {
	const rows = syntheticControls(4000, 20260126);
	const built = buildLocalNormSet(rows, options());

	it('recovers the coefficients and residual SD it was generated with', () => {
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		for (const value of ['ncta_s', 'nctb_s', 'dst_count', 'ltt_s'] as const) {
			const truth = germanH2019.values[value] as RegressionModel;
			const fitted = built.normSet.values[value as keyof typeof built.normSet.values] as RegressionModel;
			expect(fitted.intercept, `${value} intercept`).toBeCloseTo(truth.intercept, 1);
			expect(fitted.coefficients.ageYears, `${value} age`).toBeCloseTo(truth.coefficients.ageYears as number, 3);
			for (const name of ['E2', 'E3', 'female']) if (truth.coefficients[name] !== undefined) expect(Math.abs((fitted.coefficients[name] as number) - (truth.coefficients[name] as number)), `${value} ${name}`).toBeLessThan(0.04);
			expect(fitted.residualSd / truth.residualSd, `${value} residual SD`).toBeGreaterThan(0.95);
			expect(fitted.residualSd / truth.residualSd, `${value} residual SD`).toBeLessThan(1.05);
			expect(fitted.direction).toBe(truth.direction);
		}
		const sdt = (built.normSet.values as Record<string, RegressionModel>).sdt_s as RegressionModel;
		expect(sdt.coefficients.E23).toBeCloseTo(-0.026057, 2);
		expect(sdt.residualSd / Math.sqrt(0.001729)).toBeCloseTo(1, 1);
	});

	it('describes the fit and the set', () => {
		expect(built.ok && built.normSet).toMatchObject({
			id: 'jakarta-hc-2026',
			version: 1,
			n: 4000,
			citation: 'local norms built from 4000 healthy controls of the Jakarta MHE trial',
			administration: 'paper',
			covariateRanges: { ageYears: { min: 20, max: 80 }, educationYears: { min: 4, max: 18 } },
			dstTimeLimitS: 90
		});
		expect(built.ok && 'dstRescaling' in built.normSet).toBe(false);
		const fit = built.ok ? built.fits.nctb_s?.fit : undefined;
		expect(fit?.n).toBe(4000);
		expect(fit?.rSquared).toBeGreaterThan(0.1);
	});

	it('scores with the built set like any other', async () => {
		if (!built.ok || built.normSet.test !== 'phes') throw new Error('no set');
		const result = await scorePhes({ ncta_s: 24, nctb_s: 63, dst_count: 48, sdt_s: 38, ltt_s: 74, ltt_errors: 26 }, { ageYears: 50, educationYears: 12, sex: 'm' }, built.normSet as PhesNormSet, { administration: 'paper', dstTimeLimitS: 90 });
		expect(result.ok && result.total).toBe(0);
	});

	it('returns scatter data with the fitted line and ±1/2/3 SD bands', () => {
		const scatter = built.ok ? built.fits.ncta_s?.scatter : undefined;
		expect(scatter?.axis).toBe('ageYears');
		expect(scatter?.points).toHaveLength(4000);
		const first = scatter?.points[0];
		expect(first && Math.log(first.raw)).toBeCloseTo(first?.transformed ?? Number.NaN, 12);
		const start = scatter?.line[0];
		const model = built.ok ? (built.normSet.values as Record<string, RegressionModel>).ncta_s : undefined;
		expect(start?.x).toBe(20);
		expect(start && model && start.transformed[0]).toBeCloseTo(model ? predictTransformed(model, { ageYears: 20 }) : Number.NaN, 10);
		expect(start && model && start.transformed[3] - start.transformed[0]).toBeCloseTo((model?.residualSd ?? 0) * 3, 10);
		expect(start && start.raw[1]).toBeCloseTo(Math.exp(start?.transformed[1] ?? Number.NaN), 10);
	});

	it('steps the dummies along the education axis', () => {
		const byEducation = buildLocalNormSet(rows, options({ scatterAxis: 'educationYears' }));
		const line = byEducation.ok ? byEducation.fits.nctb_s?.scatter.line ?? [] : [];
		expect(line.map((p) => p.x)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
		const at = (x: number) => line.find((p) => p.x === x)?.transformed[0] ?? Number.NaN;
		expect(at(9)).toBeCloseTo(at(4), 10);
		expect(at(10) - at(9)).toBeLessThan(-0.1);
		expect(at(13) - at(12)).toBeLessThan(-0.1);
	});

	it('refuses too few controls for the number of coefficients, saying the rule', () => {
		const result = buildLocalNormSet(rows.slice(0, 49), options());
		expect(!result.ok && result.message).toBe(
			'dst_count: 49 healthy controls are too few for 5 coefficients (intercept, ageYears, E2, E3, female). The rule here is at least 10 controls per coefficient, so at least 50.'
		);
		expect(buildLocalNormSet(rows.slice(0, 50), options()).ok).toBe(true);
	});

	it('refuses a row whose value cannot take the transform', () => {
		const broken = rows.map((row, i) => (i === 6 ? { ...row, values: { ...row.values, ncta_s: 0 } } : row));
		const result = buildLocalNormSet(broken, options());
		expect(!result.ok && result.message).toBe('row 7 (HC-7): ncta_s = 0 cannot take the ln transform (ln needs a value above 0, got 0).');
	});

	it.each<[string, (r: LocalNormRow[]) => LocalNormRow[], Partial<LocalNormOptions>, RegExp]>([
		['a missing value', (r) => r.map((row, i) => (i === 2 ? { ...row, values: { ...row.values, sdt_s: null } } : row)), {}, /^row 3 \(HC-3\): sdt_s is missing/],
		['a missing covariate', (r) => r.map((row, i) => (i === 0 ? { ...row, sex: null } : row)), {}, /^row 1 \(HC-1\): missing sex/],
		['a transform the value cannot take', (r) => r, { values: { ...options().values, ltt_errors: { transform: 'ln', covariates: ['ageYears'] } } }, /ltt_errors cannot take the ln transform/],
		['a value without a model', (r) => r, { values: { ncta_s: options().values.ncta_s } }, /Choose a transform and covariates for nctb_s/],
		['an invalid id', (r) => r, { id: 'Jakarta HC' }, /id: The id must be kebab-case/],
		['a covariate constant in the sample', (r) => r.map((row) => ({ ...row, educationYears: 9 })), {}, /nctb_s: .*E2 is constant/],
		[
			'controls whose DST was given with different time limits',
			(r) => r.map((row, i) => (i % 10 === 0 ? { ...row, dstTimeLimitS: 120 } : row)),
			{},
			/^The controls' DST was given with different time limits \(360 at 90 s, 40 at 120 s\); DST norms are for one limit/
		],
		[
			'controls whose DST time limit was not recorded',
			(r) => r.map((row, i) => (i < 2 ? { ...row, dstTimeLimitS: null } : row)),
			{},
			/^The DST time limit of 2 control\(s\) was not recorded \(HC-1, HC-2\)/
		]
	])('refuses %s with a clear message', (_what, change, optionChange, message) => {
		const result = buildLocalNormSet(change(rows.slice(0, 400)), options(optionChange));
		expect(!result.ok && result.message).toMatch(message);
	});

	it('builds a digital Stroop regression norm', () => {
		const rng = mulberry32(7);
		const stroopRows: LocalNormRow[] = Array.from({ length: 60 }, () => {
			const ageYears = 20 + Math.floor(rng() * 60);
			return { ageYears, educationYears: null, sex: null, values: { total_time_s: Math.exp(4.6 + 0.008 * ageYears + 0.15 * normal(rng)) } };
		});
		const result = buildLocalNormSet(stroopRows, { id: 'jakarta-stroop-laptop', name: 'Jakarta Stroop (laptop)', study: 'the Jakarta MHE trial', test: 'stroop', administration: 'digital', values: { total_time_s: { transform: 'ln', covariates: ['ageYears'] } } });
		expect(result.ok && result.normSet).toMatchObject({ test: 'stroop', administration: 'digital', n: 60, covariateRanges: { ageYears: expect.any(Object) } });
		expect(result.ok && (result.normSet.values as Record<string, RegressionModel>).total_time_s?.coefficients.ageYears).toBeCloseTo(0.008, 2);
	});

	it('declares the controls’ DST limit, 120 s when they were all given 120 s', () => {
		const at120 = buildLocalNormSet(rows.slice(0, 400).map((row) => ({ ...row, dstTimeLimitS: 120 })), options());
		expect(at120.ok && at120.normSet).toMatchObject({ dstTimeLimitS: 120 });
	});
});
