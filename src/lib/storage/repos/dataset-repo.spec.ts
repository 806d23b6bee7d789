import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../db';
import { installationIdOf } from '../installation';
import { sortedDataset } from '../../model/dataset-merge';
import { testParticipant } from '../../model/fixtures/participant';
import { versionStamp } from '../../model/records';
import { importDataset, previewImport, readDataset, WrongStudyError } from './dataset-repo';
import { createParticipant } from './participant-repo';
import { recordPaperEntry } from './paper-entry-repo';
import { ensureStudy, saveStudy } from './study-repo';
import { setVisitDate } from './visit-repo';

let opened: HepcogDb[] = [];
let made = 0;
async function laptop(): Promise<HepcogDb> {
	const db = await openHepcogDb({}, `laptop-${++made}`);
	opened.push(db);
	return db;
}

/** A laptop with the study of `from` (set up from its study) and one participant with a paper PHES. */
async function laptopWithParticipant(code: string, from?: HepcogDb) {
	const db = await laptop();
	if (from) await importDataset(db, { ...(await readDataset(from)), participant: [], visit: [], session: [], taskRun: [], trial: [], event: [], score: [] });
	const study = await ensureStudy(db);
	const { participant, visits } = await createParticipant(db, study, testParticipant(study.arms[0]!.id, { code }));
	await recordPaperEntry(db, {
		visitId: visits[0]!.id,
		participantId: participant.id,
		examiner: 'dr. A',
		task: 'phes_paper',
		parameters: {},
		values: { ncta_s: 40 },
		provenance: {}
	});
	return { db, study, participant, visits };
}

beforeEach(() => {
	opened = [];
});
afterEach(() => opened.forEach((db) => db.close()));

describe('records written on a laptop', () => {
	it('carry its installation id, their write time and, once edited, the version they replace', async () => {
		const { db, visits } = await laptopWithParticipant('JKT-001');
		const data = await readDataset(db);
		const me = installationIdOf(db);
		for (const kind of ['study', 'participant', 'visit', 'session', 'taskRun', 'event'] as const) {
			expect(data[kind].length).toBeGreaterThan(0);
			for (const record of data[kind]) expect(record).toMatchObject({ installationId: me, supersedes: [] });
		}
		const edited = await setVisitDate(db, visits[1]!, '2027-02-01');
		expect(edited.supersedes).toEqual([versionStamp(visits[1]!)]);
	});
});

describe('importDataset', () => {
	it('sets a new laptop up with the study of another and then merges both laptops into a third, each record once', async () => {
		const one = await laptopWithParticipant('JKT-001');
		const two = await laptopWithParticipant('JKT-002', one.db);
		expect(two.study.id).toBe(one.study.id);
		expect(installationIdOf(two.db)).not.toBe(installationIdOf(one.db));
		const central = await laptop();
		await ensureStudy(central); // a fresh laptop has an unused study of its own
		const first = await importDataset(central, await readDataset(one.db));
		expect(first.adoptsStudy).not.toBeNull();
		await importDataset(central, await readDataset(two.db));
		const merged = await readDataset(central);
		expect(merged.study.map((s) => s.id)).toEqual([one.study.id]);
		expect(merged.participant.map((p) => p.code).sort()).toEqual(['JKT-001', 'JKT-002']);
		expect(merged.session).toHaveLength(2);
		const again = await importDataset(central, await readDataset(two.db));
		expect(again.counts).toMatchObject({ add: 0, update: 0, conflict: 0, held_back: 0 });
		expect(sortedDataset(await readDataset(central))).toEqual(sortedDataset(merged));
	});

	it('refuses the data of another study and writes nothing', async () => {
		const ours = await laptopWithParticipant('JKT-001');
		const theirs = await laptopWithParticipant('BDG-001');
		const before = await readDataset(ours.db);
		await expect(importDataset(ours.db, await readDataset(theirs.db))).rejects.toBeInstanceOf(WrongStudyError);
		await expect(previewImport(ours.db, await readDataset(theirs.db))).rejects.toThrow(/belongs to the study/);
		expect(await readDataset(ours.db)).toEqual(before);
	});

	it('keeps the stored version of a record edited on two laptops and lists it, taking the other laptop\'s later edits', async () => {
		const one = await laptopWithParticipant('JKT-001');
		const two = await laptop();
		await importDataset(two, await readDataset(one.db));
		await setVisitDate(two, one.visits[1]!, '2027-02-01');
		await setVisitDate(one.db, one.visits[1]!, '2027-02-03');
		await saveStudy(two, one.study, { ...one.study, name: 'Renamed on laptop two' });
		const plan = await importDataset(one.db, await readDataset(two));
		expect(plan.records.filter((r) => r.outcome === 'conflict').map((r) => r.kind)).toEqual(['visit']);
		expect(plan.records.filter((r) => r.outcome === 'update').map((r) => r.kind)).toEqual(['study']);
		const after = await readDataset(one.db);
		expect(after.visit.find((v) => v.id === one.visits[1]!.id)!.date).toBe('2027-02-03');
		expect(after.study[0]!.name).toBe('Renamed on laptop two');
	});

	it('takes a later edit made on another laptop', async () => {
		const one = await laptopWithParticipant('JKT-001');
		const two = await laptop();
		await importDataset(two, await readDataset(one.db));
		await setVisitDate(two, one.visits[1]!, '2027-02-01');
		const plan = await importDataset(one.db, await readDataset(two));
		expect(plan.counts.update).toBe(1);
		expect((await readDataset(one.db)).visit.find((v) => v.id === one.visits[1]!.id)!.date).toBe('2027-02-01');
	});
});
