// The DST count is the number of symbols done within the time allowed, so it is compared with norms
// only when both limits are known and equal; a set that declares a linear rescaling takes a count
// given with another limit as count × its limit / the given limit, and the score is flagged.
import type { PhesNormSet } from './norm-sets/norm-set';

export type DstCountForNorms =
	| { ok: true; count: number; rescaled: false }
	| { ok: true; count: number; rescaled: true; note: string }
	| { ok: false; reason: string };

const seconds = (s: number) => `${s} s`;

/**
 * The DST count to band against the set's DST norms, or why none can be.
 * 60 given at 120 s, German H2019 (90 s, no rescaling): refused. The same with `dstRescaling:
 * 'linear'`: 45, flagged.
 */
export function dstCountForNorms(count: number, givenLimitS: number | null, set: PhesNormSet): DstCountForNorms {
	const normLimitS = set.dstTimeLimitS;
	if (normLimitS === undefined) {
		return {
			ok: false,
			reason:
				`Norm set ${set.id} v${set.version} does not declare the DST time limit its norms were made with, so no DST count is scored with it. ` +
				'Choose a version of the set that declares it.'
		};
	}
	if (givenLimitS === null || !Number.isFinite(givenLimitS) || givenLimitS <= 0) {
		return {
			ok: false,
			reason:
				`The DST time limit of this PHES was not recorded; the norm set's DST norms are for ${seconds(normLimitS)}, so the DST count is not scored. ` +
				'A paper PHES entered before the limit was asked for can be entered again with its limit.'
		};
	}
	if (givenLimitS === normLimitS) return { ok: true, count, rescaled: false };
	const differs = `DST given with a ${seconds(givenLimitS)} limit; the norm set's DST norms are for ${seconds(normLimitS)}`;
	if (set.dstRescaling !== 'linear') return { ok: false, reason: `${differs}.` };
	const rescaled = (count * normLimitS) / givenLimitS;
	return { ok: true, count: rescaled, rescaled: true, note: `${differs}: the count was rescaled linearly, ${count} × ${normLimitS} / ${givenLimitS} = ${Number(rescaled.toFixed(2))}.` };
}
