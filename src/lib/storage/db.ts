import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, migrate } from './migrations';
import { rememberInstallation } from './installation';
import { DB_NAME, type HepcogSchema } from './schema';
import { m } from '../i18n/paraglide/messages.js';

export type HepcogDb = IDBPDatabase<HepcogSchema>;

export interface OpenDbHandlers {
	/** An older tab holds the database open at an earlier version: this one must wait. */
	onBlocked?: () => void;
	/** A newer version of the app wants the database: this connection has been closed. */
	onVersionChange?: () => void;
	/** The browser closed the connection abnormally (storage cleared, disk error). */
	onTerminated?: () => void;
}

/** Opens (creating or migrating) the app's database. Rejects when IndexedDB is unavailable. */
export async function openHepcogDb(
	handlers: OpenDbHandlers = {},
	name = DB_NAME,
	version = DB_VERSION
): Promise<HepcogDb> {
	if (typeof indexedDB === 'undefined') throw new StorageUnavailableError(m.storage_unavailable());
	let migrationError: unknown = null;
	const opening = openDB<HepcogSchema>(name, version, {
		upgrade(database, oldVersion, newVersion, tx) {
			// A failed step aborts the whole upgrade: the database stays at its old version, intact.
			migrate(database as unknown as IDBPDatabase<unknown>, tx as never, oldVersion, newVersion ?? version).catch(
				(error: unknown) => {
					migrationError = error;
					tx.done.catch(() => undefined); // the caller gets `migrationError` instead
					tx.abort();
				}
			);
		},
		blocked() {
			handlers.onBlocked?.();
		},
		blocking() {
			db.close();
			handlers.onVersionChange?.();
		},
		terminated() {
			handlers.onTerminated?.();
		}
	});
	let db: HepcogDb;
	try {
		db = await opening;
	} catch (error) {
		throw migrationError ?? error;
	}
	await rememberInstallation(db);
	return db;
}

export class StorageUnavailableError extends Error {
	override name = 'StorageUnavailableError';
}
