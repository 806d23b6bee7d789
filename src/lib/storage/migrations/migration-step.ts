import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

// Steps see the database untyped: each one works on the schema as the steps before it left it,
// not on today's schema.
type AnyDb = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/**
 * One schema version. A released step is never edited: a change to the data model is a new step.
 * A step that moves data may await only requests on `tx` (IndexedDB commits an idle upgrade).
 */
export interface MigrationStep {
	version: number;
	description: string;
	apply(db: AnyDb, tx: UpgradeTransaction): void | Promise<void>;
}
