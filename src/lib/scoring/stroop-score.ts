// Stroop (EncephalApp-style) against a norm set: published cutoffs, or a regression norm giving
// thresholds and z (clinical-spec §1 cutoffs, §3 norm sets).
import type { CovariateValues, Person } from './covariates';
import type { CutoffModel, RegressionModel, StroopNormSet, ValueModel } from './norm-sets/norm-set';
import { valueModels } from './norm-sets/norm-set';
import { openScoring, type NormSetUsed, type Refusal, type ScoreFlag } from './score-gate';
import { bandScore, thresholdsFor, zScore, type BandScore, type Thresholds } from './thresholds';
import { transformProblem } from './transforms';
import type { StroopValue } from './value-keys';

export type StroopSummary = Record<StroopValue, number | null>;
export type StroopModality = 'touch' | 'mouse' | 'pen' | 'key';

export type StroopValueScore =
	| { kind: 'cutoff'; raw: number; abnormal: boolean; abnormalAbove?: number; abnormalBelow?: number }
	| { kind: 'regression'; raw: number; predicted: number; thresholds: Thresholds; z: number; band: BandScore };

export interface StroopScore {
	ok: true;
	values: Partial<Record<StroopValue, StroopValueScore>>;
	/** The verdict of the total_time_s cutoff (the main diagnostic value); null when the set has none. */
	abnormal: boolean | null;
	covariates: CovariateValues;
	flags: ScoreFlag[];
	notes: string[];
	normSet: NormSetUsed;
}
export type StroopScoreResult = StroopScore | Refusal;

/**
 * Abnormal strictly beyond the cutoff: with "> 190 s", 190 s is normal and 190.01 s abnormal.
 */
export function cutoffVerdict(raw: number, model: CutoffModel): boolean {
	return (model.abnormalAbove !== undefined && raw > model.abnormalAbove) || (model.abnormalBelow !== undefined && raw < model.abnormalBelow);
}

function scoreValue(raw: number, model: ValueModel, covariates: CovariateValues): StroopValueScore {
	if (model.kind === 'cutoff') return { kind: 'cutoff', raw, abnormal: cutoffVerdict(raw, model), abnormalAbove: model.abnormalAbove, abnormalBelow: model.abnormalBelow };
	const regression: RegressionModel = model;
	const thresholds = thresholdsFor(regression, covariates);
	return {
		kind: 'regression',
		raw,
		predicted: thresholds[0],
		thresholds,
		z: zScore(regression, covariates, raw),
		band: bandScore(raw, thresholds, regression.direction)
	};
}

/**
 * Scores a Stroop summary. A touch-made norm set used on a mouse, pen or keyboard session is
 * flagged, because motor time differs (clinical-spec §1). US 2015 set: total 191 s → abnormal.
 */
export async function scoreStroop(
	summary: StroopSummary,
	person: Person,
	set: StroopNormSet,
	options: { modality: StroopModality }
): Promise<StroopScoreResult> {
	if ((set as { test: string }).test !== 'stroop') return { ok: false, reason: `Norm set ${set.id} is not a Stroop norm set.`, flags: [] };
	const models = valueModels(set) as [StroopValue, ValueModel][];
	const problems: string[] = [];
	for (const [value, model] of models) {
		const raw = summary[value];
		if (raw === null || !Number.isFinite(raw)) problems.push(`${value} is missing.`);
		else if (raw <= 0) problems.push(`${value} must be a time above 0 s, got ${raw}.`);
		else if (model.kind === 'regression' && transformProblem(model.transform, raw) !== null) {
			problems.push(`${value} = ${raw} cannot be scored on the ${model.transform} scale: ${transformProblem(model.transform, raw)}.`);
		}
	}
	if (problems.length > 0) return { ok: false, reason: problems.join(' '), flags: [] };
	const gate = await openScoring(person, set);
	if (!gate.ok) return gate;
	const values: Partial<Record<StroopValue, StroopValueScore>> = {};
	for (const [value, model] of models) values[value] = scoreValue(summary[value] as number, model, gate.covariates);
	const total = values.total_time_s;
	const result: StroopScore = { ...gate, values, abnormal: total?.kind === 'cutoff' ? total.abnormal : null };
	if (set.administration === 'touch' && options.modality !== 'touch') {
		result.flags = [...result.flags, 'modality_differs_from_norms'];
		result.notes = [...result.notes, `Norms made on touch devices applied to a ${options.modality} session.`];
	}
	return result;
}
