import type { HepcogDb } from '../db';
import { stamped } from '../installation';
import { abortWith, ConflictError } from '../errors';
import { nowIso } from '../../model/ids';
import { normSetKey, type NormSetRecord } from '../../model/records';
import { m } from '../../i18n/paraglide/messages.js';

/** Norm sets made or imported on this laptop (built-in sets live in code, not here). */
export async function listStoredNormSets(db: HepcogDb): Promise<NormSetRecord[]> {
	return db.getAll('normSet');
}

export async function getStoredNormSet(db: HepcogDb, key: string): Promise<NormSetRecord | undefined> {
	return db.get('normSet', key);
}

/**
 * Stores a norm set. The same set again (same checksum) changes nothing; a different set under an
 * existing id and version is refused — a changed set needs a new version, never an overwrite.
 */
export async function saveNormSet(db: HepcogDb, set: { id: string; version: number }, checksum: string): Promise<NormSetRecord> {
	const key = normSetKey(set.id, set.version);
	const tx = db.transaction('normSet', 'readwrite');
	const existing = await tx.store.get(key);
	if (existing && existing.checksum !== checksum) {
		abortWith(tx, new ConflictError(m.storage_norm_set_differs({ id: set.id, version: set.version })));
	}
	if (existing) {
		await tx.done;
		return existing;
	}
	const record: NormSetRecord = stamped(db, { key, normSetId: set.id, version: set.version, checksum, definition: set, savedAt: nowIso() });
	await tx.store.add(record);
	await tx.done;
	return record;
}
