// Plain data for the local-norm review chart: each control on the transformed and the raw scale,
// and the fitted line with ±1/2/3 SD bands along one covariate. No chart library here.
import { dummyValue, type CovariateValues } from '../covariates';
import type { EducationDummy, RegressionModel } from '../norm-sets/norm-set';
import { sdSteps, thresholdsFor, type Thresholds } from '../thresholds';
import { backTransform } from '../transforms';

export type ScatterAxis = 'ageYears' | 'educationYears';

export interface ScatterPoint {
	x: number;
	raw: number;
	transformed: number;
	fittedTransformed: number;
}

export interface ScatterLinePoint {
	x: number;
	/** m + k·s for k = −3…+3 on the transformed scale. */
	transformed: Thresholds;
	/** T(k) = g(m + k·s) in raw units. */
	raw: Thresholds;
}

export interface NormScatter {
	axis: ScatterAxis;
	/** Values the other covariates are held at along the line: their sample means. */
	heldAt: CovariateValues;
	points: ScatterPoint[];
	line: ScatterLinePoint[];
}

export interface ScatterInput {
	axis: ScatterAxis;
	model: RegressionModel;
	dummies: Readonly<Record<string, EducationDummy>>;
	/** Per control: its axis value (null if unknown), covariates, raw and transformed value, fit. */
	rows: readonly { x: number | null; covariates: CovariateValues; raw: number; transformed: number; fittedTransformed: number }[];
}

const lineSteps = 40;

/** Axis values for the line: whole school years for education (dummies jump there), else even steps. */
function lineXs(axis: ScatterAxis, min: number, max: number): number[] {
	if (axis === 'educationYears') return Array.from({ length: Math.floor(max) - Math.ceil(min) + 1 }, (_, i) => Math.ceil(min) + i);
	if (max === min) return [min];
	return Array.from({ length: lineSteps + 1 }, (_, i) => min + ((max - min) * i) / lineSteps);
}

export function normScatter({ axis, model, dummies, rows }: ScatterInput): NormScatter {
	const names = Object.keys(model.coefficients);
	const heldAt: CovariateValues = Object.fromEntries(
		names.filter((name) => name !== axis).map((name) => [name, rows.reduce((sum, r) => sum + (r.covariates[name] ?? 0), 0) / Math.max(rows.length, 1)])
	);
	const points = rows.flatMap((r) => (r.x === null ? [] : [{ x: r.x, raw: r.raw, transformed: r.transformed, fittedTransformed: r.fittedTransformed }]));
	const xs = points.map((p) => p.x);
	const line = xs.length === 0 ? [] : lineXs(axis, Math.min(...xs), Math.max(...xs)).map((x) => {
		const covariates: CovariateValues = { ...heldAt, [axis]: x };
		// Along the education axis the dummies follow the school years instead of their means.
		if (axis === 'educationYears') for (const [name, dummy] of Object.entries(dummies)) if (name in covariates) covariates[name] = dummyValue(dummy, x);
		const identity: RegressionModel = { ...model, transform: 'none' };
		const transformed = thresholdsFor(identity, covariates);
		const raw = Object.fromEntries(sdSteps.map((k) => [k, backTransform(model.transform, transformed[k])])) as Thresholds;
		return { x, transformed, raw };
	});
	return { axis, heldAt, points, line };
}
