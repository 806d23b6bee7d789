// What every scorer checks before computing anything: the set is the one its checksum says, the
// needed covariates are known, and the person is inside the sample's range (clinical-spec §3).
import { normSetChecksum } from './norm-sets/checksum';
import { outOfRangeProblems, resolveCovariates, type CovariateValues, type Person } from './covariates';
import type { NormSet } from './norm-sets/norm-set';

export type ScoreFlag =
	| 'outside_norm_range'
	| 'missing_covariate'
	| 'paper_norms_on_digital'
	| 'digital_norms_on_paper'
	| 'modality_differs_from_norms'
	| 'dst_rescaled'
	| 'administration_invalid'
	| 'validity_overridden';

/** Stored with every score so it can be traced to the exact data used. */
export interface NormSetUsed {
	id: string;
	version: number;
	checksum: string;
}

export type Refusal = { ok: false; reason: string; flags: ScoreFlag[] };
export type GateResult = { ok: true; covariates: CovariateValues; flags: ScoreFlag[]; notes: string[]; normSet: NormSetUsed } | Refusal;

export async function openScoring(person: Person, set: NormSet): Promise<GateResult> {
	const checksum = await normSetChecksum(set);
	if (set.checksum !== undefined && set.checksum !== checksum) {
		return { ok: false, reason: `Norm set ${set.id} was changed after its checksum was taken; re-import it.`, flags: [] };
	}
	const flags: ScoreFlag[] = [];
	const notes: string[] = [];
	const outside = outOfRangeProblems(person, set);
	if (outside.length > 0) {
		flags.push('outside_norm_range');
		notes.push(`Outside norm range: ${outside.join('; ')}.`);
	}
	const covariates = resolveCovariates(person, set);
	if (!covariates.ok) return { ok: false, reason: covariates.message, flags: [...flags, 'missing_covariate'] };
	if (outside.length > 0 && set.outOfRange === 'refuse') {
		return { ok: false, reason: `Norm set ${set.id} does not score people outside its sample: ${outside.join('; ')}.`, flags };
	}
	return { ok: true, covariates: covariates.values, flags, notes, normSet: { id: set.id, version: set.version, checksum } };
}
