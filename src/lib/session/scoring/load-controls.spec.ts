import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import type { NewParticipant, ParticipantRecord, StudyRecord, VisitRecord } from '../../model/records';
import { recordPaperEntry } from '../../storage/repos/paper-entry-repo';
import { createParticipant } from '../../storage/repos/participant-repo';
import { changeSessionStatus, startSession } from '../../storage/repos/session-repo';
import { ensureStudy } from '../../storage/repos/study-repo';
import { defaultArmIds } from '../../scoring/local-norms/local-norm-options';
import type { ControlQuery } from '../../scoring/local-norms/local-norm-controls';
import { gatherControlRows, loadStudyRecords } from './load-controls';
import { testParticipant } from '../../model/fixtures/participant';

// The choosing of controls is tested in scoring/local-norm-controls.spec.ts with records in
// memory; here that the records are read from storage and the rows come out the same.
let db: HepcogDb;
let study: StudyRecord;

const arm = (name: string) => study.arms.find((a) => a.name === name)!.id;

const person = (code: string, change: Partial<NewParticipant> = {}): NewParticipant => testParticipant(arm('Healthy control'), { code, ...change });

const phes = (ncta: number) => ({ ncta_s: ncta, nctb_s: 70, dst_count: 45, sdt_s: 40, ltt_s: 60, ltt_errors: 2, notes: null });

async function paper(participant: ParticipantRecord, visit: VisitRecord, values: Record<string, number | string | null>) {
	return recordPaperEntry(db, { visitId: visit.id, participantId: participant.id, examiner: 'Dr A', task: 'phes_paper', parameters: {}, values, provenance: {} });
}

async function control(code: string, change: Partial<NewParticipant> = {}) {
	return createParticipant(db, study, person(code, change));
}

const query = (change: Partial<ControlQuery> = {}): ControlQuery => ({ armIds: defaultArmIds(study.arms), administration: 'paper', visit: 'earliest', ...change });

beforeEach(async () => {
	db = await openHepcogDb({}, 'load-controls');
	study = await ensureStudy(db);
});
afterEach(() => db.close());

describe('loadStudyRecords', () => {
	it('reads every participant of the study with their visits, sessions and task runs', async () => {
		const hc = await control('HC-01');
		const sec = await control('SEC-01', { armId: arm('Secretome') });
		const entry = await paper(sec.participant, sec.visits[1]!, phes(40));
		const records = await loadStudyRecords(db, study);
		expect(records.study).toBe(study);
		expect(records.participants.map((p) => p.code)).toEqual(['HC-01', 'SEC-01']);
		expect(records.visits).toEqual([...hc.visits, ...sec.visits]);
		expect(records.sessions).toEqual([entry.session]);
		expect(records.taskRuns).toEqual([entry.taskRun]);
	});
});

describe('gatherControlRows', () => {
	it('puts a digital PHES together from the subtests of one visit, each value from its last valid complete run (the battery’s own rule)', async () => {
		const { participant, visits } = await control('HC-06');
		const visit = { visitId: visits[0]!.id, participantId: participant.id, examiner: 'Dr A', provenance: {} };
		const run = async (task: string, summary: Record<string, number | string>) => {
			await new Promise((resolve) => setTimeout(resolve, 3)); // distinct start times (millisecond clock)
			const started = await startSession(db, { ...visit, battery: task }, { task, administration: 'digital', formId: 'f', seed: 1, parameters: {} });
			await changeSessionStatus(db, started.session.id, started.taskRun.id, { session: 'complete', taskRun: 'complete', summary, event: { type: 'completed', timeStampMs: 1, detail: {} } });
			return started.taskRun.id;
		};
		const ask = () => gatherControlRows(db, study, query({ administration: 'digital' }));
		expect((await ask()).excluded.map((e) => e.reason)).toEqual(['no complete digital PHES']);

		const ncta = await run('ncta', { time_s: 35.2, errors: 1 });
		await run('stroop', { total_time_s: 190, off_time_s: 90, on_time_s: 100 });
		expect((await ask()).excluded.map((e) => e.reason)).toEqual(['the digital PHES of 2026-11-02 lacks nctb_s, dst_count, sdt_s, ltt_s, ltt_errors']);

		const nctb = await run('nctb', { time_s: 80, errors: 0 });
		const dst = await run('dst', { correct_count: 41, time_limit_s: 90 });
		const sdt = await run('sdt', { time_s: 44 });
		const ltt = await run('ltt', { time_s: 70, errors: 3, time_outside_s: 1.2 });
		await run('ncta', { time_s: 9, errors: 0, validity: 'invalid', invalid_reasons: 'implausibly fast' }); // an invalid repeat does not count
		const { rows } = await ask();
		expect(rows.map((r) => [r.code, r.values, r.taskRunIds])).toEqual([
			['HC-06', { ncta_s: 35.2, nctb_s: 80, dst_count: 41, sdt_s: 44, ltt_s: 70, ltt_errors: 3 }, [ncta, nctb, dst, sdt, ltt]]
		]);
		const nctaAgain = await run('ncta', { time_s: 30, errors: 0, validity: 'valid' }); // a valid repeat does
		expect((await ask()).rows.map((r) => [r.values.ncta_s, r.taskRunIds[0]])).toEqual([[30, nctaAgain]]);
		// The paper mode does not see digital runs.
		expect((await gatherControlRows(db, study, query())).rows).toEqual([]);
	});
});
