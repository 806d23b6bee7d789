// PHES: six (or five) band scores against a norm set, their sum and the MHE verdict
// (clinical-spec §2 steps 1–5).
import type { CovariateValues, Person } from './covariates';
import { dstCountForNorms } from './dst-time-limit';
import type { PhesNormSet, RegressionModel } from './norm-sets/norm-set';
import { openScoring, type NormSetUsed, type Refusal, type ScoreFlag } from './score-gate';
import { bandScore, thresholdsFor, type BandScore, type Thresholds } from './thresholds';
import { phes6Values, phesScoreColumn, schemeValues, valueInfo, type PhesScoreColumn, type PhesValue } from './value-keys';

/** The six raw values as measured (paper entry or digital); null when not available. */
export type PhesRaw = Record<(typeof phes6Values)[number], number | null>;

export interface PhesScoreOptions {
	administration: 'paper' | 'digital';
	/** The DST time limit the count was given with; null when it was not recorded. */
	dstTimeLimitS: number | null;
}

export interface PhesScore {
	ok: true;
	values: Partial<Record<PhesScoreColumn, BandScore>>;
	total: number;
	abnormal: boolean;
	/** The raw values scored, including `ltt_combined` in the phes5 scheme. */
	raw: Partial<Record<PhesValue, number>>;
	thresholds: Partial<Record<PhesValue, Thresholds>>;
	covariates: CovariateValues;
	flags: ScoreFlag[];
	notes: string[];
	normSet: NormSetUsed;
}
export type PhesScoreResult = PhesScore | Refusal;

/** Null when the measured value can be scored, else why not. */
function rawProblem(value: (typeof phes6Values)[number], raw: number | null): string | null {
	if (raw === null || Number.isNaN(raw)) return `${value} is missing.`;
	if (!Number.isFinite(raw)) return `${value} is not a finite number.`;
	if (valueInfo[value].kind === 'time') return raw > 0 ? null : `${value} must be a time above 0 s, got ${raw}.`;
	return Number.isInteger(raw) && raw >= 0 ? null : `${value} must be a whole count of 0 or more, got ${raw}.`;
}

/** The raw values of the set's scheme; phes5 merges LTT as ltt_s + lttErrorPenaltyS × ltt_errors. */
function schemeRaw(raw: Record<(typeof phes6Values)[number], number>, set: PhesNormSet): Partial<Record<PhesValue, number>> {
	if (set.scheme === 'phes6') return { ...raw };
	const { ltt_s, ltt_errors, ...rest } = raw;
	return { ...rest, ltt_combined: ltt_s + (set.lttErrorPenaltyS ?? Number.NaN) * ltt_errors };
}

function administrationFlag(set: PhesNormSet, administration: PhesScoreOptions['administration']): ScoreFlag | null {
	if (set.administration === 'paper' && administration === 'digital') return 'paper_norms_on_digital';
	if ((set.administration === 'digital' || set.administration === 'touch') && administration === 'paper') return 'digital_norms_on_paper';
	return null;
}

/**
 * Scores one PHES. Refuses (never guesses) when a raw value is missing or impossible, a needed
 * covariate is unknown, the person is outside a set that refuses out-of-range scoring, or the DST
 * was given with another (or an unrecorded) time limit than the set's DST norms (dst-time-limit.ts).
 * German H2019, man of 50 with 12 school years, NCT-A 24 s, NCT-B 63, DST 48, SDT 38, LTT 74 s
 * with 26 errors: every value 0, total 0, not abnormal.
 */
export async function scorePhes(raw: PhesRaw, person: Person, set: PhesNormSet, options: PhesScoreOptions): Promise<PhesScoreResult> {
	if ((set as { test: string }).test !== 'phes') return { ok: false, reason: `Norm set ${set.id} is not a PHES norm set.`, flags: [] };
	const problems = phes6Values.map((v) => rawProblem(v, raw[v])).filter((p) => p !== null);
	if (problems.length > 0) return { ok: false, reason: problems.join(' '), flags: [] };
	const gate = await openScoring(person, set);
	if (!gate.ok) return gate;
	const dst = dstCountForNorms(raw.dst_count as number, options.dstTimeLimitS, set);
	if (!dst.ok) return { ok: false, reason: dst.reason, flags: gate.flags };
	const scored = schemeRaw({ ...(raw as Record<(typeof phes6Values)[number], number>), dst_count: dst.count }, set);
	const result: PhesScore = { ...gate, values: {}, total: 0, abnormal: false, raw: scored, thresholds: {} };
	for (const value of schemeValues(set.scheme)) {
		const model = set.values[value] as RegressionModel;
		const x = scored[value] as number;
		// Banded on the raw scale against g(m + k·s), so a DST of 0 under ln is simply ≤ T(−3).
		const thresholds = thresholdsFor(model, gate.covariates);
		const band = bandScore(x, thresholds, model.direction);
		result.thresholds[value] = thresholds;
		result.values[phesScoreColumn[value]] = band;
		result.total += band;
	}
	result.abnormal = result.total <= set.abnormalTotalAtMost;
	if (dst.rescaled) {
		result.flags = [...result.flags, 'dst_rescaled'];
		result.notes = [...result.notes, dst.note];
	}
	const flag = administrationFlag(set, options.administration);
	if (flag !== null) {
		result.flags = [...result.flags, flag];
		const note = flag === 'paper_norms_on_digital' ? 'Paper norms applied to a digital administration.' : 'Digital norms applied to a paper administration.';
		result.notes = [...result.notes, note];
	}
	return result;
}
