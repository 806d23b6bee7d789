// Band thresholds and band scores (clinical-spec §2 steps 1–3).
import type { CovariateValues } from './covariates';
import type { RegressionModel } from './norm-sets/norm-set';
import { backTransform, forwardTransform } from './transforms';
import type { Direction } from './value-keys';

export const sdSteps = [-3, -2, -1, 0, 1, 2, 3] as const;
export type SdStep = (typeof sdSteps)[number];
/** Raw-unit threshold T(k) for each k; T(0) is the expected value for the person. */
export type Thresholds = Readonly<Record<SdStep, number>>;
export type BandScore = -3 | -2 | -1 | 0 | 1;

/**
 * m, the prediction on the transformed scale: intercept + Σ coefficient × covariate.
 * German NCT-A, a 50-year-old: 2.641457 + 0.010871 × 50 = 3.185007. Throws when a covariate with a
 * non-zero coefficient is absent (resolveCovariates reports that case to the user first).
 */
export function predictTransformed(model: RegressionModel, covariates: CovariateValues): number {
	let m = model.intercept;
	for (const [name, coefficient] of Object.entries(model.coefficients)) {
		if (coefficient === 0) continue;
		const value = covariates[name];
		if (value === undefined) throw new Error(`Covariate ${name} is needed but was not resolved`);
		m += coefficient * value;
	}
	return m;
}

/**
 * T(k) = g(m + k·s) for k = −3…+3. German NCT-A, 50-year-old man: m = 3.185007, s = √0.079413 =
 * 0.28180, so T(0) = 24.2 s and T(+1) = exp(3.466807) = 32.0 s.
 */
export function thresholdsFor(model: RegressionModel, covariates: CovariateValues): Thresholds {
	const m = predictTransformed(model, covariates);
	return Object.fromEntries(sdSteps.map((k) => [k, backTransform(model.transform, m + k * model.residualSd)])) as Record<SdStep, number>;
}

/**
 * The band of a raw value, boundaries included in the worse band (as the H2019 code does).
 * Higher is worse: −3/−2/−1 if raw ≥ T(+3)/T(+2)/T(+1), +1 if raw ≤ T(−1), else 0.
 * Lower is worse (DST): −3/−2/−1 if raw ≤ T(−3)/T(−2)/T(−1), +1 if raw ≥ T(+1), else 0.
 * NCT-A of a 50-year-old man (T(+1) = 32.0 s): 32.0 s → −1, 31.9 s → 0.
 */
export function bandScore(raw: number, t: Thresholds, direction: Direction): BandScore {
	if (direction === 'higher_worse') {
		if (raw >= t[3]) return -3;
		if (raw >= t[2]) return -2;
		if (raw >= t[1]) return -1;
		return raw <= t[-1] ? 1 : 0;
	}
	if (raw <= t[-3]) return -3;
	if (raw <= t[-2]) return -2;
	if (raw <= t[-1]) return -1;
	return raw >= t[1] ? 1 : 0;
}

/**
 * z on the transformed scale, (f(raw) − m) / s; positive means higher than expected.
 * German NCT-A, 50-year-old: raw 32.04 s → ln 32.04 = 3.4669, (3.4669 − 3.1850) / 0.2818 = +1.0.
 */
export function zScore(model: RegressionModel, covariates: CovariateValues, raw: number): number {
	return (forwardTransform(model.transform, raw) - predictTransformed(model, covariates)) / model.residualSd;
}
