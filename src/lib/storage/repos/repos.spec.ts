import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../db';
import { ConflictError, DuplicateCodeError } from '../errors';
import type { StudyRecord } from '../../model/records';
import type { NewParticipant } from '../../model/records';
import { createParticipant, findParticipantByCode, listParticipants, updateParticipant } from './participant-repo';
import { ensureStudy, saveStudy } from './study-repo';
import { listVisits, setVisitDate } from './visit-repo';
import { testParticipant } from '../../model/fixtures/participant';

let db: HepcogDb;
let study: StudyRecord;

const person = (study: StudyRecord, code: string): NewParticipant => testParticipant(study.arms[0]!.id, { code });

beforeEach(async () => {
	db = await openHepcogDb({}, 'repos');
	study = await ensureStudy(db);
});
afterEach(() => db.close());

describe('study repository', () => {
	it('creates the default study once and returns the same one afterwards', async () => {
		expect(study.visits.map((v) => [v.name, v.targetDay])).toEqual([
			['Baseline', 0],
			['Month 3', 90],
			['Month 7', 210],
			['Month 10', 300]
		]);
		expect(study.arms.map((a) => a.name)).toEqual(['Secretome', 'Best practice', 'Healthy control']);
		expect(study.minAgeYears).toBe(17);
		expect((await ensureStudy(db)).id).toBe(study.id);
		expect(await db.count('study')).toBe(1);
	});

	it('saves settings and refuses a save based on a stale copy', async () => {
		const saved = await saveStudy(db, study, { ...study, name: 'Secretome trial', sites: ['RSCM'] });
		expect((await ensureStudy(db)).name).toBe('Secretome trial');
		await expect(saveStudy(db, study, { ...study, name: 'stale' })).rejects.toBeInstanceOf(ConflictError);
		expect((await ensureStudy(db)).name).toBe(saved.name);
	});
});

describe('study settings and visits', () => {
	it('move every participant’s visit targets and add a visit the plan gained', async () => {
		const { participant } = await createParticipant(db, study, person(study, 'JKT-001'));
		const visits = study.visits.map((v) => (v.name === 'Month 3' ? { ...v, name: 'Month 3 (week 13)', targetDay: 91 } : v));
		await saveStudy(db, study, { ...study, visits: [...visits, { id: 'm12', name: 'Month 12', targetDay: 360 }] });
		const after = await listVisits(db, participant.id);
		expect(after.map((v) => [v.name, v.targetDate])).toEqual([
			['Baseline', '2026-11-02'],
			['Month 3 (week 13)', '2027-02-01'],
			['Month 7', '2027-05-31'],
			['Month 10', '2027-08-29'],
			['Month 12', '2027-10-28']
		]);
	});
});

describe('participant repository', () => {
	it('creates a participant with one visit per study visit, dated from the baseline', async () => {
		const { participant } = await createParticipant(db, study, person(study, 'JKT-001'));
		const visits = await listVisits(db, participant.id);
		expect(visits.map((v) => [v.name, v.targetDate, v.date])).toEqual([
			['Baseline', '2026-11-02', '2026-11-02'],
			['Month 3', '2027-01-31', null],
			['Month 7', '2027-05-31', null],
			['Month 10', '2027-08-29', null]
		]);
		expect(await findParticipantByCode(db, study.id, 'JKT-001')).toEqual(participant);
	});

	it('refuses a duplicate code and stores nothing of the refused participant', async () => {
		await createParticipant(db, study, person(study, 'JKT-001'));
		await expect(createParticipant(db, study, person(study, 'JKT-001'))).rejects.toBeInstanceOf(DuplicateCodeError);
		expect(await listParticipants(db, study.id)).toHaveLength(1);
		expect(await db.count('visit')).toBe(4);
	});

	it('lists participants by code', async () => {
		for (const code of ['JKT-010', 'JKT-002', 'JKT-003']) await createParticipant(db, study, person(study, code));
		expect((await listParticipants(db, study.id)).map((p) => p.code)).toEqual(['JKT-002', 'JKT-003', 'JKT-010']);
	});

	it('moves visit targets with a new baseline date, keeping the visits', async () => {
		const { participant, visits } = await createParticipant(db, study, person(study, 'JKT-001'));
		const saved = await updateParticipant(db, study, participant, { ...person(study, 'JKT-001'), baselineDate: '2026-12-01' });
		const moved = await listVisits(db, participant.id);
		expect(moved.map((v) => v.id).sort()).toEqual(visits.map((v) => v.id).sort());
		expect(moved.map((v) => v.targetDate)).toEqual(['2026-12-01', '2027-03-01', '2027-06-29', '2027-09-27']);
		expect(moved[0]!.date).toBe('2026-12-01');
		await expect(updateParticipant(db, study, participant, person(study, 'JKT-001'))).rejects.toBeInstanceOf(ConflictError);
		expect((await listParticipants(db, study.id))[0]).toEqual(saved);
	});

	it('refuses to rename a participant to another participant’s code', async () => {
		await createParticipant(db, study, person(study, 'JKT-001'));
		const { participant } = await createParticipant(db, study, person(study, 'JKT-002'));
		await expect(updateParticipant(db, study, participant, person(study, 'JKT-001'))).rejects.toBeInstanceOf(DuplicateCodeError);
		expect((await listParticipants(db, study.id)).map((p) => p.code)).toEqual(['JKT-001', 'JKT-002']);
	});
});

describe('visit repository', () => {
	it('records a visit date and refuses a stale edit', async () => {
		const { visits } = await createParticipant(db, study, person(study, 'JKT-001'));
		const month3 = visits[1]!;
		const saved = await setVisitDate(db, month3, '2027-02-03');
		expect(saved.date).toBe('2027-02-03');
		await expect(setVisitDate(db, month3, '2027-02-04')).rejects.toBeInstanceOf(ConflictError);
		expect((await listVisits(db, month3.participantId))[1]!.date).toBe('2027-02-03');
	});
});
