// Putting a norm set into this laptop's storage, from a file or from the hand-entry form. A set
// under the id and version of a built-in set is refused unless it is exactly that set, since the
// catalogue would otherwise hide it behind the built-in one.
import { builtinNormSets } from '../../scoring/builtin';
import { normSetChecksum, parseNormSetFile } from '../../scoring/checksum';
import type { NormSet } from '../../scoring/norm-set';
import type { HepcogDb } from '../../storage/db';
import { ConflictError } from '../../storage/errors';
import { getStoredNormSet, normSetKey, saveNormSet } from '../../storage/repos/norm-set-repo';

export type StoreOutcome =
	/** `added`: stored now; `unchanged`: the identical set was already stored or is built in. */
	| { ok: true; key: string; set: NormSet; outcome: 'added' | 'unchanged' }
	| { ok: false; message: string };

const label = (set: NormSet) => `${set.id} v${set.version}`;

/** Stores a checked set under `id@version`; the same set again changes nothing. */
export async function storeNormSet(db: HepcogDb, set: NormSet): Promise<StoreOutcome> {
	const checksum = await normSetChecksum(set);
	const withChecksum: NormSet = { ...set, checksum };
	const key = normSetKey(set.id, set.version);
	const builtin = builtinNormSets.find((b) => normSetKey(b.id, b.version) === key);
	if (builtin) {
		if ((await normSetChecksum(builtin)) === checksum) return { ok: true, key, set: builtin, outcome: 'unchanged' };
		return { ok: false, message: `${label(set)} is a built-in norm set and this one differs from it. Give this one another id or a new version number.` };
	}
	const before = await getStoredNormSet(db, key);
	try {
		await saveNormSet(db, withChecksum, checksum);
	} catch (error) {
		if (error instanceof ConflictError) return { ok: false, message: error.message };
		return { ok: false, message: `Nothing was saved: ${error instanceof Error ? error.message : String(error)}` };
	}
	return { ok: true, key, set: withChecksum, outcome: before ? 'unchanged' : 'added' };
}

/** Reads a norm-set file (JSON, schema, checksum) and stores it; a bad file stores nothing. */
export async function importNormSetFile(db: HepcogDb, text: string): Promise<StoreOutcome> {
	const parsed = await parseNormSetFile(text);
	if (!parsed.ok) return { ok: false, message: parsed.message };
	return storeNormSet(db, parsed.normSet);
}

/** The sentence shown after a successful import or save. */
export function storedMessage(result: Extract<StoreOutcome, { ok: true }>): string {
	const { set } = result;
	return result.outcome === 'added'
		? `Imported “${set.name}” (${label(set)}).`
		: `“${set.name}” (${label(set)}) is already here, identical (same checksum); nothing changed.`;
}

/** `german-h2019-v1.json`: the name an exported set is downloaded under. */
export const exportFileName = (set: Pick<NormSet, 'id' | 'version'>) => `${set.id}-v${set.version}.json`;
