import type { IDBPDatabase } from 'idb';
import { nowIso } from '../model/ids';
import { versionStamp, type Id, type Written } from '../model/records';
import type { HepcogSchema } from './schema';

// The installation id is read once when the database opens and kept with the connection, so a
// write (a trial in the gap after a response) never pays an extra read for it.
const idOfConnection = new WeakMap<object, Id>();

/** Reads this profile's installation id after opening; version 2 made exactly one. */
export async function rememberInstallation(db: IDBPDatabase<HepcogSchema>): Promise<Id> {
	const [installation] = await db.getAll('installation');
	if (!installation) throw new Error('This database has no installation record; it was not opened through openHepcogDb.');
	idOfConnection.set(db, installation.id);
	return installation.id;
}

/** The installation (laptop) this connection writes as. */
export function installationIdOf(db: IDBPDatabase<HepcogSchema>): Id {
	const id = idOfConnection.get(db);
	if (!id) throw new Error('The database connection was opened without its installation id.');
	return id;
}

/** A new record as this installation writes it now. */
export function stamped<T extends object>(db: IDBPDatabase<HepcogSchema>, record: T, writtenAt = nowIso()): Omit<T, keyof Written> & Written {
	return { ...record, installationId: installationIdOf(db), writtenAt, supersedes: [] };
}

/** `edited`, a new version of the stored record `previous`: written by this installation now, replacing `previous`. */
export function restamped<T extends Written>(db: IDBPDatabase<HepcogSchema>, previous: Written, edited: T, writtenAt = nowIso()): T {
	return { ...edited, installationId: installationIdOf(db), writtenAt, supersedes: [...previous.supersedes, versionStamp(previous)] };
}
