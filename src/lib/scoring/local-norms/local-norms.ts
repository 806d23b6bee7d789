// A site's own norm set from its healthy controls (clinical-spec §2 "Paper vs digital"): per value
// an OLS of the transformed measure on the chosen covariates, then a versioned, validated NormSet.
import { resolveCovariateNames, type CovariateValues, type Person } from '../covariates';
import { describeIssues, normSetSchema, type EducationDummy, type NormAdministration, type NormSet, type RegressionModel } from '../norm-sets/norm-set';
import { normScatter, type NormScatter, type ScatterAxis } from './norm-scatter';
import { fitOls, type OlsFit } from './ols';
import { forwardTransform, transformProblem, type Transform } from '../transforms';
import { schemeValues, valueInfo, type NormValue, type PhesScheme } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';

export interface LocalNormRow extends Person {
	/** Shown in messages, e.g. the participant code. */
	label?: string;
	values: Partial<Record<NormValue, number | null>>;
	/** PHES: the time limit the row's DST was given with; null or absent when not recorded. */
	dstTimeLimitS?: number | null;
}

export interface LocalValueSpec {
	transform: Transform;
	/** Covariate names: ageYears, educationYears, female or one of `educationDummies`. */
	covariates: readonly string[];
}

export interface LocalNormOptions {
	id: string;
	version?: number;
	name: string;
	/** Study name, used in the citation. */
	study: string;
	population?: string;
	sourceNote?: string;
	test: 'phes' | 'stroop';
	administration: NormAdministration;
	scheme?: PhesScheme;
	lttErrorPenaltyS?: number;
	abnormalTotalAtMost?: number;
	outOfRange?: 'flag' | 'refuse';
	educationDummies?: Record<string, EducationDummy>;
	/** Which values to fit and how; a PHES set needs every value of its scheme. */
	values: Partial<Record<NormValue, LocalValueSpec>>;
	scatterAxis?: ScatterAxis;
}

export interface LocalValueFit {
	fit: Omit<OlsFit, 'fitted'>;
	scatter: NormScatter;
}

export type LocalNormResult = { ok: true; normSet: NormSet; fits: Partial<Record<NormValue, LocalValueFit>> } | { ok: false; message: string };

/** Rule of thumb used here: at least 10 controls per estimated coefficient, intercept included. */
export const minRowsPerCoefficient = 10;

const rowName = (row: LocalNormRow, i: number) => `row ${i + 1}${row.label ? ` (${row.label})` : ''}`;

function rawValue(row: LocalNormRow, value: NormValue, penaltyS: number | undefined): number | null {
	const given = row.values[value];
	if (given !== undefined && given !== null) return given;
	const { ltt_s, ltt_errors } = row.values;
	if (value !== 'ltt_combined' || penaltyS === undefined || ltt_s == null || ltt_errors == null) return null;
	return ltt_s + penaltyS * ltt_errors;
}

type ValueFitResult = { ok: true; model: RegressionModel; result: LocalValueFit } | { ok: false; message: string };

function fitValue(rows: readonly LocalNormRow[], value: NormValue, spec: LocalValueSpec, options: LocalNormOptions): ValueFitResult {
	const allowed = valueInfo[value].transforms;
	if (!allowed.includes(spec.transform)) return { ok: false, message: `${value} cannot take the ${spec.transform} transform; use ${allowed.join(', ')}.` };
	const p = spec.covariates.length + 1;
	if (rows.length < minRowsPerCoefficient * p) {
		const terms = ['intercept', ...spec.covariates].join(', ');
		return {
			ok: false,
			message: m.norms_build_too_few({ value, count: rows.length, coefficients: p, terms, min: minRowsPerCoefficient, needed: minRowsPerCoefficient * p })
		};
	}
	const dummies = options.educationDummies ?? {};
	const covariates: CovariateValues[] = [];
	const raw: number[] = [];
	for (const [i, row] of rows.entries()) {
		const x = rawValue(row, value, options.lttErrorPenaltyS);
		if (x === null || !Number.isFinite(x)) return { ok: false, message: `${rowName(row, i)}: ${value} is missing.` };
		const problem = transformProblem(spec.transform, x);
		if (problem !== null) {
			return { ok: false, message: `${rowName(row, i)}: ${value} = ${x} cannot take the ${spec.transform} transform (${problem}).` };
		}
		const resolved = resolveCovariateNames(row, spec.covariates, dummies);
		if (!resolved.ok) return { ok: false, message: `${rowName(row, i)}: missing ${resolved.reasons.join(', ')}.` };
		covariates.push(resolved.values);
		raw.push(x);
	}
	const y = raw.map((x) => forwardTransform(spec.transform, x));
	const ols = fitOls(y, spec.covariates.map((name) => ({ name, values: covariates.map((c) => c[name] as number) })));
	if (!ols.ok) return { ok: false, message: `${value}: ${ols.message}` };
	const { fitted, ...fit } = ols.fit;
	if (!(fit.residualSd > 0)) return { ok: false, message: m.norms_build_residual_zero({ value }) };
	const { intercept, coefficients, residualSd } = fit;
	const model: RegressionModel = { kind: 'regression', transform: spec.transform, intercept, coefficients, residualSd, direction: valueInfo[value].direction };
	const axis = options.scatterAxis ?? 'ageYears';
	const scatterRows = rows.map((row, i) => ({
		x: row[axis],
		covariates: covariates[i] as CovariateValues,
		raw: raw[i] as number,
		transformed: y[i] as number,
		fittedTransformed: fitted[i] as number
	}));
	return { ok: true, model, result: { fit, scatter: normScatter({ axis, model, dummies, rows: scatterRows }) } };
}

/**
 * The one DST time limit of the controls' DST counts, or why there is none: a set's DST norms are
 * for one limit, so controls given different limits (or an unrecorded one) are not pooled. Nor are
 * they split here: that would drop controls unseen; the examiner narrows the controls instead.
 */
export function controlsDstTimeLimit(rows: readonly LocalNormRow[]): { ok: true; limitS: number } | { ok: false; message: string } {
	const unknown = rows.filter((row) => typeof row.dstTimeLimitS !== 'number');
	if (unknown.length > 0) {
		const names = unknown.slice(0, 5).map((row) => row.label ?? '?').join(', ');
		return {
			ok: false,
			message: m.norms_build_dst_unrecorded({ count: unknown.length, names: `${names}${unknown.length > 5 ? ', …' : ''}` })
		};
	}
	const counts = new Map<number, number>();
	for (const row of rows) counts.set(row.dstTimeLimitS as number, (counts.get(row.dstTimeLimitS as number) ?? 0) + 1);
	if (counts.size > 1) {
		const mix = [...counts].sort((a, b) => a[0] - b[0]).map(([limitS, n]) => m.norms_build_dst_mix_part({ count: n, limit: limitS })).join(', ');
		return {
			ok: false,
			message: m.norms_build_dst_mixed({ mix })
		};
	}
	const [limitS] = [...counts.keys()];
	return limitS === undefined ? { ok: false, message: m.norms_build_no_controls() } : { ok: true, limitS };
}

function observedRange(values: (number | null)[]): { min: number; max: number } | undefined {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return known.length > 0 ? { min: Math.min(...known), max: Math.max(...known) } : undefined;
}

/**
 * Builds a norm set from healthy controls, or says why not (too few controls for the number of
 * coefficients, a missing value or covariate, a value the transform cannot take, PHES controls
 * without one common DST time limit, an invalid set). A PHES set declares its controls' DST limit.
 */
export function buildLocalNormSet(rows: readonly LocalNormRow[], options: LocalNormOptions): LocalNormResult {
	const dstLimit = options.test === 'phes' && rows.length > 0 ? controlsDstTimeLimit(rows) : null;
	if (dstLimit && !dstLimit.ok) return dstLimit;
	const wanted = options.test === 'phes' ? schemeValues(options.scheme ?? 'phes6') : (Object.keys(options.values) as NormValue[]);
	const models: Partial<Record<NormValue, RegressionModel>> = {};
	const fits: Partial<Record<NormValue, LocalValueFit>> = {};
	for (const value of wanted) {
		const spec = options.values[value];
		if (spec === undefined) return { ok: false, message: `Choose a transform and covariates for ${value}.` };
		const result = fitValue(rows, value, spec, options);
		if (!result.ok) return result;
		models[value] = result.model;
		fits[value] = result.result;
	}
	const ageYears = observedRange(rows.map((r) => r.ageYears));
	const educationYears = observedRange(rows.map((r) => r.educationYears));
	const common = {
		format: 'hepcog-norm-set',
		formatVersion: 1,
		id: options.id,
		version: options.version ?? 1,
		name: options.name,
		population: options.population ?? `Healthy controls of ${options.study}`,
		n: rows.length,
		citation: `local norms built from ${rows.length} healthy controls of ${options.study}`,
		sourceNote: options.sourceNote ?? '',
		administration: options.administration,
		covariateRanges: { ...(ageYears && { ageYears }), ...(educationYears && { educationYears }) },
		outOfRange: options.outOfRange ?? 'flag',
		educationDummies: options.educationDummies ?? {},
		values: models
	};
	const phes = {
		test: 'phes',
		scheme: options.scheme ?? 'phes6',
		abnormalTotalAtMost: options.abnormalTotalAtMost ?? -5,
		...(dstLimit?.ok && { dstTimeLimitS: dstLimit.limitS }),
		...(options.lttErrorPenaltyS !== undefined && { lttErrorPenaltyS: options.lttErrorPenaltyS })
	};
	const candidate = options.test === 'phes' ? { ...common, ...phes } : { ...common, test: 'stroop' };
	const parsed = normSetSchema.safeParse(candidate);
	if (!parsed.success) return { ok: false, message: `The built norm set is not valid: ${describeIssues(parsed.error).join('; ')}` };
	return { ok: true, normSet: parsed.data, fits };
}
