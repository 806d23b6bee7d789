// The score record as it is stored: scored with the exact norm set (id, version, checksum) and
// covariates it used, or refused with the reason, so every result says what it was computed with.
import type { NewScore } from '../model/records';
import type { PhesScore } from './phes-score';
import type { StroopScore } from './stroop-score';
import { sdSteps } from './thresholds';

/** What every score of a run carries, scored or not. */
export type ScoreBase = Pick<NewScore, 'taskRunId' | 'test' | 'covariates'>;

/** Thresholds in the order −3 … +3 SD, as stored; none for a cutoff. */
export const thresholdList = (t: Record<number, number> | undefined) => (t ? sdSteps.map((k) => t[k]!) : []);

/** A score as stored: with the exact norm set (id, version, checksum) and covariates it used. */
export function scoredRecord(base: ScoreBase, result: PhesScore | StroopScore, values: NewScore['values'], thresholds: NewScore['thresholds']): NewScore {
	return {
		...base,
		normSetId: result.normSet.id,
		normSetVersion: result.normSet.version,
		normSetChecksum: result.normSet.checksum,
		covariates: { ...base.covariates, ...result.covariates },
		values,
		thresholds,
		flags: result.flags,
		refusal: null
	};
}

/** No score, with the reason; the set is named by the chosen key (`id@version`), unchecked. */
export function refusedRecord(base: ScoreBase, key: string, reason: string, flags: string[] = []): NewScore {
	const [id = key, version = '0'] = key.split('@');
	return { ...base, normSetId: id, normSetVersion: Number(version), normSetChecksum: '', values: {}, thresholds: {}, flags, refusal: reason };
}
