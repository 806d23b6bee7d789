import { describe, expect, it } from 'vitest';
import { fitOls } from './ols';

describe('fitOls', () => {
	it('reproduces the worked example: y = 1 + 2x with residuals ±0.1', () => {
		const result = fitOls([1.1, 2.9, 4.9, 7.1], [{ name: 'x', values: [0, 1, 2, 3] }]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.fit.intercept).toBeCloseTo(1, 10);
		expect(result.fit.coefficients.x).toBeCloseTo(2, 10);
		expect(result.fit.residualSd).toBeCloseTo(Math.sqrt(0.04 / 2), 10);
		// TSS = 2.9² + 1.1² + 0.9² + 3.1² = 20.04 around the mean 4.0.
		expect(result.fit.rSquared).toBeCloseTo(1 - 0.04 / 20.04, 10);
		expect(result.fit.fitted.map((v) => Number(v.toFixed(10)))).toEqual([1, 3, 5, 7]);
	});

	it('fits two covariates exactly when there is no noise (residual SD 0)', () => {
		const a = [1, 2, 3, 4, 5, 6];
		const b = [0, 1, 0, 1, 1, 0];
		const result = fitOls(a.map((x, i) => 3 - 0.5 * x + 2 * (b[i] as number)), [{ name: 'a', values: a }, { name: 'b', values: b }]);
		expect(result.ok && [result.fit.intercept, result.fit.coefficients.a, result.fit.coefficients.b].map((v) => Number(v?.toFixed(9)))).toEqual([3, -0.5, 2]);
		expect(result.ok && result.fit.residualSd).toBeCloseTo(0, 9);
	});

	it.each([
		['a constant covariate', [{ name: 'E3', values: [0, 0, 0, 0, 0] }], /E3 is constant in the data or duplicates another covariate/],
		['a duplicated covariate', [{ name: 'x', values: [1, 2, 3, 4, 5] }, { name: 'x2', values: [2, 4, 6, 8, 10] }], /x2 is constant .* or duplicates/],
		['too few observations', [{ name: 'x', values: [1, 2, 3, 4, 5] }, { name: 'y', values: [5, 3, 2, 1, 1] }, { name: 'z', values: [1, 0, 1, 0, 0] }, { name: 'w', values: [2, 2, 1, 1, 0] }], /5 observations cannot fit 5 coefficients/],
		['predictors of the wrong length', [{ name: 'x', values: [1, 2] }], /one value per observation/]
	])('refuses %s', (_what, predictors, message) => {
		const result = fitOls([1, 2, 3, 4, 6], predictors);
		expect(!result.ok && result.message).toMatch(message);
	});
});
