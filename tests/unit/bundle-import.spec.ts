// Bundles through the browser's import (storage/repos/dataset-repo.ts) into IndexedDB: a file that
// is refused, or that conflicts, leaves the database exactly as it was; importing is idempotent and
// order-independent; a study file sets up an empty laptop. Here, not beside either module, because
// export/ is pure and storage/ may not know export/.
import { beforeAll, describe, expect, it } from 'vitest';
import { sortedDataset } from '../../src/lib/model/dataset-merge';
import type { Dataset } from '../../src/lib/model/dataset';
import { parseBundle, serializeBundle, studyFileOf, type ParseBundleOptions } from '../../src/lib/export/bundle/bundle';
import { bundleMalformations, type Malformation } from '../../src/lib/export/fixtures/bundle-malformations';
import { installationsOf, installationSubset } from '../../src/lib/export/fixtures/installation-subset';
import { goldenDataset, syntheticStudy } from '../../src/lib/export/fixtures/synthetic-study';
import { openHepcogDb, type HepcogDb } from '../../src/lib/storage/db';
import { importDataset, readDataset, WrongStudyError, type ImportPlan } from '../../src/lib/storage/repos/dataset-repo';
import { createParticipant } from '../../src/lib/storage/repos/participant-repo';
import { ensureStudy } from '../../src/lib/storage/repos/study-repo';
import { testParticipant } from '../../src/lib/model/fixtures/participant';
import { testBundleMeta as meta } from '../../src/lib/export/fixtures/bundle-meta';


let golden: Dataset;
let goldenText: string;
let malformations: Malformation[];
beforeAll(async () => {
	golden = await goldenDataset();
	goldenText = serializeBundle(golden, meta);
	malformations = bundleMalformations(goldenText);
}, 60_000);

/** Every record of the database as one text, in the database's own key order. */
const snapshot = async (db: HepcogDb) => JSON.stringify(await readDataset(db));

/** What the Import page does: read the file, then import it; a refusal imports nothing. */
async function importText(db: HepcogDb, text: string, options?: ParseBundleOptions): Promise<{ refused: string } | { plan: ImportPlan }> {
	const parsed = parseBundle(text, options);
	if (!parsed.ok) return { refused: parsed.message };
	return { plan: await importDataset(db, parsed.bundle.records) };
}

async function imported(db: HepcogDb, text: string): Promise<ImportPlan> {
	const result = await importText(db, text);
	if ('refused' in result) throw new Error(result.refused);
	return result.plan;
}

async function laptopWithGolden(name: string): Promise<HepcogDb> {
	const db = await openHepcogDb({}, name);
	await imported(db, goldenText);
	return db;
}

describe('importing a bundle', () => {
	it('fills an empty laptop with exactly the bundle’s records', async () => {
		const db = await laptopWithGolden('fill');
		expect(sortedDataset(await readDataset(db))).toEqual(sortedDataset(golden));
		db.close();
	});

	it('refuses every malformed file and leaves the database byte for byte as it was', async () => {
		const db = await laptopWithGolden('malformed');
		const before = await snapshot(db);
		const refusedCases = malformations.filter((m) => m.expect === 'refused');
		for (const malformation of refusedCases) {
			// The Import page tells the reader which study this laptop holds.
			const result = await importText(db, malformation.text, { expectStudyId: golden.study[0]!.id, ...malformation.parseOptions });
			expect('refused' in result, malformation.name).toBe(true);
		}
		expect(await snapshot(db)).toBe(before);
		db.close();
	}, 60_000);

	it('refuses another study’s bundle in the import itself, writing nothing', async () => {
		const db = await laptopWithGolden('other-study');
		const before = await snapshot(db);
		const other = malformations.find((m) => m.name === 'another study’s bundle')!;
		const parsed = parseBundle(other.text);
		if (!parsed.ok) throw new Error(parsed.message);
		await expect(importDataset(db, parsed.bundle.records)).rejects.toThrow(WrongStudyError);
		expect(await snapshot(db)).toBe(before);
		db.close();
	});

	it('lists a record changed on another laptop as a conflict and keeps the stored one', async () => {
		const db = await laptopWithGolden('conflict');
		const before = await snapshot(db);
		const plan = await imported(db, malformations.find((m) => m.expect === 'conflict')!.text);
		expect(plan.counts).toMatchObject({ conflict: 1, add: 0, update: 0 });
		const conflict = plan.records.find((r) => r.outcome === 'conflict')!;
		expect(conflict).toMatchObject({ kind: 'participant', key: golden.participant[0]!.id });
		expect(conflict.reason).toMatch(/participant JKT-001 was changed on two laptops; the stored version is kept/);
		expect(await snapshot(db)).toBe(before);
		db.close();
	});

	it('stores formula-like text as typed: it is data (CSV exports neutralise it)', async () => {
		const db = await laptopWithGolden('formulas');
		const plan = await imported(db, malformations.find((m) => m.name.startsWith('formula'))!.text);
		expect(plan.counts).toMatchObject({ add: 3, conflict: 0, held_back: 0 });
		const stored = await readDataset(db);
		expect(stored.session.map((s) => s.examiner)).toContain('=HYPERLINK("http://example.com","click")');
		expect(stored.taskRun.some((r) => r.summary?.notes === '+1-2 stopwatch\tdrift')).toBe(true);
		db.close();
	});

	it('changes nothing the second time', async () => {
		const db = await laptopWithGolden('twice');
		const before = await snapshot(db);
		const plan = await imported(db, goldenText);
		expect(plan.counts).toMatchObject({ add: 0, update: 0, conflict: 0, held_back: 0, same: plan.records.length });
		expect(await snapshot(db)).toBe(before);
		db.close();
	});
});

describe('merging the laptops of a study', () => {
	let study: Dataset;
	let bundles: string[];
	beforeAll(async () => {
		study = await syntheticStudy({ participants: 9, visits: 1, installations: 3, seed: 31 });
		bundles = installationsOf(study).map((id) => serializeBundle(installationSubset(study, id), meta));
	}, 60_000);

	async function laptopFrom(name: string, texts: readonly string[]): Promise<HepcogDb> {
		const db = await openHepcogDb({}, name);
		for (const text of texts) {
			const plan = await imported(db, text);
			expect(plan.counts).toMatchObject({ conflict: 0, held_back: 0 });
		}
		return db;
	}

	it('rebuilds the study record for record from each laptop’s bundle', async () => {
		expect(bundles).toHaveLength(3);
		const db = await laptopFrom('all', bundles);
		expect(sortedDataset(await readDataset(db))).toEqual(sortedDataset(study));
		db.close();
	}, 60_000);

	it('gives the same database whichever bundle comes first', async () => {
		const [a, b, c] = bundles as [string, string, string];
		const forward = await laptopFrom('forward', [a, b, c]);
		const backward = await laptopFrom('backward', [c, b, a]);
		expect(await snapshot(backward)).toBe(await snapshot(forward));
		forward.close();
		backward.close();
	}, 60_000);

	it('keeps the later version of an edited record whichever version comes first', async () => {
		// One laptop dated a planned visit after the other had exported it undated.
		const planned = study.visit.find((v) => v.date === null)!;
		const writtenAt = '2026-05-04T08:45:00.000+07:00';
		const later = { ...planned, date: planned.targetDate, updatedAt: writtenAt, revision: 2, writtenAt, supersedes: [`${planned.installationId}@${planned.writtenAt}`] };
		const earlierBundle = serializeBundle(study, meta);
		const laterBundle = serializeBundle({ ...study, visit: study.visit.map((v) => (v.id === later.id ? later : v)) }, meta);
		const first = await laptopFrom('earlier-first', [earlierBundle, laterBundle]);
		const second = await laptopFrom('later-first', [laterBundle, earlierBundle]);
		expect(await snapshot(second)).toBe(await snapshot(first));
		expect((await readDataset(first)).visit.find((v) => v.id === later.id)).toEqual(later);
		first.close();
		second.close();
	}, 60_000);
});

describe('a study file', () => {
	it('sets up a new laptop with the study’s ids and chosen norm sets, so its data then imports', async () => {
		const db = await openHepcogDb({}, 'new-laptop');
		const local = await ensureStudy(db);
		const plan = await imported(db, studyFileOf(golden, meta));
		expect(plan.adoptsStudy?.id).toBe(local.id);
		const stored = await readDataset(db);
		expect(stored.study.map((s) => s.id)).toEqual([golden.study[0]!.id]);
		expect(stored.normSet).toEqual(golden.normSet);
		expect((await ensureStudy(db)).id).toBe(golden.study[0]!.id);
		expect((await imported(db, goldenText)).counts).toMatchObject({ conflict: 0, held_back: 0 });
		db.close();
	});

	it('is refused by a laptop whose own study has participants, which keeps everything', async () => {
		const db = await openHepcogDb({}, 'busy-laptop');
		const local = await ensureStudy(db);
		await createParticipant(db, local, testParticipant(local.arms[0]!.id));
		const before = await snapshot(db);
		const parsed = parseBundle(studyFileOf(golden, meta));
		if (!parsed.ok) throw new Error(parsed.message);
		await expect(importDataset(db, parsed.bundle.records)).rejects.toThrow(/belongs to the study “Synthetic MHE study”.*Nothing was imported/);
		expect(parseBundle(studyFileOf(golden, meta), { expectStudyId: local.id }).ok).toBe(false);
		expect(await snapshot(db)).toBe(before);
		db.close();
	});
});
