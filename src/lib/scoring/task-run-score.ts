// From a completed task run to the score to store for it, without the database: the run's summary,
// the person at the visit and the study's chosen norm set (plus, for the PHES, how it was given;
// for the Stroop, the input modality its trials were answered with).
import type { Administration, CellValue, NewScore, TrialRecord } from '../model/records';
import type { Person } from './covariates';
import type { PhesNormSet, StroopNormSet } from './norm-sets/norm-set';
import { scorePhes, type PhesRaw } from './phes-score';
import type { ScoreFlag } from './score-gate';
import { refusedRecord, scoredRecord, thresholdList, type ScoreBase } from './score-record';
import { scoreStroop, type StroopModality, type StroopValueScore } from './stroop-score';
import { phes6Values, type StroopValue } from './value-keys';

export type ScoredTest = 'phes' | 'stroop';

/** The keys of a score's values besides the PHES band scores (`phesScoreColumn`), as stored and exported. */
export const scoreValueKeys = { phesTotal: 'phes_total', phesAbnormal: 'phes_abnormal', stroopAbnormal: 'stroop_abnormal' } as const;

/** A Stroop value's verdict against a cutoff, or its z and band score against a regression norm. */
export const stroopScoreKey = (value: StroopValue, part: 'abnormal' | 'z' | 'score') => `${value}_${part}`;

const testOfTask: Record<string, ScoredTest | undefined> = { stroop: 'stroop', phes_paper: 'phes', phes_digital: 'phes' };

/** The test a task's runs are scored as; undefined for a task that is not scored on its own. */
export const scoredTestOf = (task: string): ScoredTest | undefined => testOfTask[task];

/** A completed run to be scored with the norm set chosen under `normSetKey` (`id@version`). */
export interface RunToScore {
	taskRunId: string;
	test: ScoredTest;
	summary: Record<string, CellValue>;
	person: Person;
	normSetKey: string;
}

const baseOf = (run: RunToScore): ScoreBase => ({ taskRunId: run.taskRunId, test: run.test, covariates: { ...run.person } as Record<string, CellValue> });

const num = (value: CellValue | undefined) => (typeof value === 'number' ? value : null);

/** The refusal stored when the chosen norm set is not on this laptop. */
export function missingNormSetScore(run: RunToScore): NewScore {
	return refusedRecord(baseOf(run), run.normSetKey, `The chosen norm set ${run.normSetKey} is not on this laptop.`);
}

/**
 * A digital battery's verdict as gathered: an invalid battery is not scorable (no band score at
 * all, the reason stored as the refusal); a battery counted with an overridden verdict is flagged.
 */
function phesValidity(summary: Record<string, CellValue>): { refusal: string | null; flags: ScoreFlag[] } {
	const flags: ScoreFlag[] = String(summary.validity_overrides ?? '') === '' ? [] : ['validity_overridden'];
	if (summary.battery_validity !== 'invalid') return { refusal: null, flags };
	return { refusal: `PHES total not scorable: ${String(summary.battery_invalid_reasons ?? '') || 'a subtest has no valid run'}.`, flags: [...flags, 'administration_invalid'] };
}

/** The six band scores, their total and the MHE verdict, or the refusal. */
export async function phesRunScore(run: RunToScore, set: PhesNormSet, administration: Administration): Promise<NewScore> {
	const base = baseOf(run);
	const { summary } = run;
	const validity = phesValidity(summary);
	if (validity.refusal) return refusedRecord(base, run.normSetKey, validity.refusal, validity.flags);
	const raw = Object.fromEntries(phes6Values.map((v) => [v, num(summary[v])])) as PhesRaw;
	// The paper entry and the digital battery's values both carry the DST limit (absent in older ones).
	const result = await scorePhes(raw, run.person, set, { administration, dstTimeLimitS: num(summary.dst_time_limit_s) });
	if (!result.ok) return refusedRecord(base, run.normSetKey, result.reason, [...result.flags, ...validity.flags]);
	result.flags = [...result.flags, ...validity.flags];
	const thresholds = Object.fromEntries(Object.entries(result.thresholds).map(([v, t]) => [v, thresholdList(t)]));
	return scoredRecord(base, result, { ...result.values, [scoreValueKeys.phesTotal]: result.total, [scoreValueKeys.phesAbnormal]: result.abnormal }, thresholds);
}

/** Each Stroop value against its cutoff (`…_abnormal`) or regression (`…_z`, `…_score`), or the refusal. */
export async function stroopRunScore(run: RunToScore, set: StroopNormSet, modality: StroopModality): Promise<NewScore> {
	const base = baseOf(run);
	const { summary } = run;
	const stroopSummary = { total_time_s: num(summary.total_time_s), off_time_s: num(summary.off_time_s), on_time_s: num(summary.on_time_s) };
	const result = await scoreStroop(stroopSummary, run.person, set, { modality });
	if (!result.ok) return refusedRecord(base, run.normSetKey, result.reason, result.flags);
	const values: Record<string, CellValue> = { [scoreValueKeys.stroopAbnormal]: result.abnormal };
	const thresholds: Record<string, number[]> = {};
	for (const [value, score] of Object.entries(result.values) as [StroopValue, StroopValueScore][]) {
		if (score.kind === 'cutoff') values[stroopScoreKey(value, 'abnormal')] = score.abnormal;
		else {
			values[stroopScoreKey(value, 'z')] = score.z;
			values[stroopScoreKey(value, 'score')] = score.band;
			thresholds[value] = thresholdList(score.thresholds);
		}
	}
	return scoredRecord(base, result, values, thresholds);
}

/** The input modality of a Stroop run: touch only when every scored answer was by touch, else the commonest other. */
export function stroopModalityOf(trials: readonly Pick<TrialRecord, 'values'>[]): StroopModality {
	const used = trials.filter((t) => t.values.phase === 'test').map((t) => String(t.values.modality));
	const others = used.filter((m) => m !== 'touch');
	if (others.length === 0) return 'touch';
	const counts = new Map<string, number>();
	for (const m of others) counts.set(m, (counts.get(m) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]![0] as StroopModality;
}
