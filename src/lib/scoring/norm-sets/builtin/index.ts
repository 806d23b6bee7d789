// The norm sets shipped with the app. Their checksums are computed (checksum.ts), never typed in;
// a test pins them so any edit to the data shows up and needs a new version.
import type { NormSet } from '../norm-set';
import { germanH2019, germanH2019v1 } from './german-h2019';
import { stroopCutoffSets } from './stroop-cutoffs';

export const builtinNormSets: readonly NormSet[] = [germanH2019, germanH2019v1, ...stroopCutoffSets];

/** The highest version of the built-in set `id`. */
export function builtinNormSet(id: string): NormSet | undefined {
	return builtinNormSets.filter((set) => set.id === id).sort((a, b) => b.version - a.version)[0];
}

export { germanH2019, germanH2019v1, stroopCutoffSets };
