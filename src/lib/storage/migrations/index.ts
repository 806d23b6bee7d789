import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { MigrationStep } from './migration-step';
import { v1 } from './v1';
import { v2 } from './v2';

/** Every schema version in order; the database version is the last one's number. */
export const migrations: readonly MigrationStep[] = [v1, v2];

export const DB_VERSION = migrations.length;

/** Runs, in order, every step above `oldVersion` up to `newVersion`. */
export async function migrate(
	db: IDBPDatabase<unknown>,
	tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
	oldVersion: number,
	newVersion: number
): Promise<void> {
	for (const step of migrations) {
		if (step.version > oldVersion && step.version <= newVersion) await step.apply(db, tx);
	}
}
