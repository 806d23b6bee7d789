import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openHepcogDb } from '../db';
import { storeNames } from '../schema';
import { DB_VERSION, migrate, migrations } from './index';
import v1Fixture from './fixtures/v1.json';
import v2Fixture from './fixtures/v2.json';

// One fixture per released schema version, made when that version was current and never edited.
const fixtures: { version: number; records: Record<string, Record<string, unknown>[]> }[] = [v1Fixture, v2Fixture];

/** A database at `version` built by the steps up to it, filled with that version's fixture. */
async function databaseAt(name: string, version: number, records: Record<string, Record<string, unknown>[]>) {
	const db: IDBPDatabase<unknown> = await openDB(name, version, {
		upgrade(database, oldVersion, newVersion, tx) {
			void migrate(database, tx as never, oldVersion, newVersion ?? version);
		}
	});
	// The fixture is the whole content: what the steps themselves wrote (an installation) goes.
	for (const store of db.objectStoreNames) await db.clear(store as never);
	for (const [store, rows] of Object.entries(records)) {
		for (const row of rows) await db.add(store as never, row as never);
	}
	db.close();
}

describe('schema migrations', () => {
	it('are numbered 1, 2, 3… without gaps', () => {
		expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
		expect(DB_VERSION).toBe(migrations.length);
	});

	it('have a fixture for every released version', () => {
		expect(fixtures.map((f) => f.version)).toEqual(migrations.map((m) => m.version));
	});

	it('create every store of the data model', async () => {
		const db = await openHepcogDb({}, 'fresh');
		expect([...db.objectStoreNames].sort()).toEqual([...storeNames].sort());
		db.close();
	});

	for (const fixture of fixtures) {
		it(`carry every record of a version ${fixture.version} database intact to version ${DB_VERSION}`, async () => {
			const name = `fixture-v${fixture.version}`;
			await databaseAt(name, fixture.version, fixture.records);
			const db = await openHepcogDb({}, name);
			expect(db.version).toBe(DB_VERSION);
			let checked = 0;
			for (const [store, rows] of Object.entries(fixture.records)) {
				const stored = await db.getAll(store as never);
				expect(stored).toHaveLength(rows.length);
				for (const row of rows) {
					const key = (row.id ?? row.key) as string;
					expect(await db.get(store as never, key)).toMatchObject(row);
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(storeNames.length);
			db.close();
		});
	}

	it('give every version 1 record the installation id and every arm a role', async () => {
		await databaseAt('roles', 1, v1Fixture.records);
		const db = await openHepcogDb({}, 'roles');
		const [installation, ...others] = await db.getAll('installation');
		expect(others).toEqual([]);
		for (const store of storeNames.filter((name) => name !== 'installation')) {
			for (const record of await db.getAll(store)) expect(record).toMatchObject({ installationId: installation!.id });
		}
		const [study] = await db.getAll('study');
		expect(study!.arms.map((arm) => [arm.name, arm.role])).toEqual([
			['Secretome', 'intervention'],
			['Best practice', 'comparator'],
			['Healthy control', 'healthy_control']
		]);
		db.close();
	});

	it('leave the database at its old version when a step fails', async () => {
		const newest = fixtures.at(-1)!;
		await databaseAt('failing', newest.version, newest.records);
		const failing = { version: DB_VERSION + 1, description: 'fails', apply: () => Promise.reject(new Error('step failed')) };
		const steps = migrations as unknown as { version: number }[];
		steps.push(failing);
		try {
			await expect(openHepcogDb({}, 'failing', DB_VERSION + 1)).rejects.toThrow('step failed');
		} finally {
			steps.pop();
		}
		const db = await openDB('failing');
		expect(db.version).toBe(DB_VERSION);
		expect(await db.count('participant')).toBe(1);
		db.close();
	});
});
