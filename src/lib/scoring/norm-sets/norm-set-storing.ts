// The rules for putting a norm set into this laptop's storage, without the storage: a set under
// the id and version of a built-in set is refused unless it is exactly that set, since the
// catalogue would otherwise hide it behind the built-in one; and what the examiner is told.
import { normSetKey } from '../../model/records';
import { builtinNormSets } from './builtin';
import { normSetChecksum } from './checksum';
import type { NormSet } from './norm-set';
import { m } from '../../i18n/paraglide/messages.js';

export type StoreOutcome =
	/** `added`: stored now; `unchanged`: the identical set was already stored or is built in. */
	| { ok: true; key: string; set: NormSet; outcome: 'added' | 'unchanged' }
	| { ok: false; message: string };

const label = (set: NormSet) => `${set.id} v${set.version}`;

/**
 * The outcome when `set` (whose checksum is `checksum`) has a built-in set's id and version: that
 * built-in set itself, unchanged, or a refusal. Null when no built-in set has its key.
 */
export async function builtinClash(set: NormSet, checksum: string, builtinSets: readonly NormSet[] = builtinNormSets): Promise<StoreOutcome | null> {
	const key = normSetKey(set.id, set.version);
	const builtin = builtinSets.find((b) => normSetKey(b.id, b.version) === key);
	if (!builtin) return null;
	if ((await normSetChecksum(builtin)) === checksum) return { ok: true, key, set: builtin, outcome: 'unchanged' };
	return { ok: false, message: m.norms_builtin_clash({ label: label(set) }) };
}

/** The sentence shown after a successful import or save. */
export function storedMessage(result: Extract<StoreOutcome, { ok: true }>): string {
	const { set } = result;
	return result.outcome === 'added'
		? m.norms_stored_added({ name: set.name, label: label(set) })
		: m.norms_stored_unchanged({ name: set.name, label: label(set) });
}

/** `german-h2019-v1.json`: the name an exported set is downloaded under. */
export const exportFileName = (set: Pick<NormSet, 'id' | 'version'>) => `${set.id}-v${set.version}.json`;
