// Putting a norm set into this laptop's storage, from a file or from the hand-entry form. The
// rules (built-in clash, messages) are in scoring/norm-set-storing.ts; here the reading and saving.
import { normSetKey } from '../../model/records';
import { normSetChecksum, parseNormSetFile } from '../../scoring/norm-sets/checksum';
import type { NormSet } from '../../scoring/norm-sets/norm-set';
import { builtinClash, type StoreOutcome } from '../../scoring/norm-sets/norm-set-storing';
import type { HepcogDb } from '../../storage/db';
import { ConflictError } from '../../storage/errors';
import { getStoredNormSet, saveNormSet } from '../../storage/repos/norm-set-repo';

export type { StoreOutcome };

/** Stores a checked set under `id@version`; the same set again changes nothing. */
export async function storeNormSet(db: HepcogDb, set: NormSet): Promise<StoreOutcome> {
	const checksum = await normSetChecksum(set);
	const withChecksum: NormSet = { ...set, checksum };
	const key = normSetKey(set.id, set.version);
	const clash = await builtinClash(set, checksum);
	if (clash) return clash;
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
