import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CellValue, ParticipantRecord, SessionRecord, StudyRecord, VisitRecord } from '../../model/records';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import { createParticipant } from '../../storage/repos/participant-repo';
import { listScores } from '../../storage/repos/score-repo';
import { addTaskRun, endTaskRun, getSession, listTaskRuns, setSessionStatus, startSessionOnly } from '../../storage/repos/session-repo';
import { ensureStudy } from '../../storage/repos/study-repo';
import { listEvents } from '../../storage/repos/trial-repo';
import { testParticipant } from '../../model/fixtures/participant';
import { completePhesBattery, repairVisitPhes } from './gather-visit';
import { writeBatteryCompletion } from '../../storage/repos/battery-repo';
import { overrideSubtestVerdict } from './validity-override';
import { phesFormRotationIndex } from './form-rotation';

let db: HepcogDb;
let study: StudyRecord;
let participant: ParticipantRecord;
let baseline: VisitRecord;

// The worked example of scorePhes (German H2019, man of 50, 12 school years): every value 0, total 0.
const zeroes: Record<string, Record<string, CellValue>> = {
	ncta: { time_s: 24, errors: 0, validity: 'valid', invalid_reasons: '' },
	nctb: { time_s: 63, errors: 0, validity: 'valid', invalid_reasons: '' },
	dst: { correct_count: 48, wrong_count: 1, time_limit_s: 90, validity: 'valid', invalid_reasons: '' },
	sdt: { time_s: 38, misses: 0, validity: 'valid', invalid_reasons: '' },
	ltt: { time_s: 74, errors: 26, validity: 'valid', invalid_reasons: '' }
};
const straightStroke = { time_s: 2.1, errors: 2, validity: 'invalid', invalid_reasons: 'trace covered 12 % of the track (at least 95 % needed)' };

beforeEach(async () => {
	db = await openHepcogDb({}, 'phes-gathering');
	study = await ensureStudy(db);
	const made = await createParticipant(db, study, testParticipant(study.arms[0]!.id, { code: 'P-01', birthDate: '1976-05-20', sex: 'm', educationYears: 12, educationLevel: 'sma' }));
	participant = made.participant;
	baseline = made.visits[0]!;
	expect(study.phesNormSetKey).toBe('german-h2019@2');
});
afterEach(() => db.close());

const session = (provenance: SessionRecord['provenance'] = { formRotationIndex: 0 }) =>
	startSessionOnly(db, { visitId: baseline.id, participantId: participant.id, battery: 'phes', examiner: 'Examiner A', provenance });

/** Subtest runs given in a session: all but the last complete; the last left in progress for the completion. */
async function give(sessionId: string, runs: [string, Record<string, CellValue>][]) {
	const stored = [];
	for (const [task, summary] of runs) {
		const run = await addTaskRun(db, sessionId, { task, administration: 'digital', formId: `${task}-1`, seed: 1, parameters: {} });
		stored.push({ run, summary });
	}
	for (const { run, summary } of stored.slice(0, -1)) await endTaskRun(db, run.id, 'complete', summary, { type: 'subtest_complete', timeStampMs: 0, detail: {} });
	const last = stored.at(-1)!;
	return { lastRunId: last.run.id, summary: last.summary };
}

const gatheredRuns = async (sessionId: string) => (await listTaskRuns(db, sessionId)).filter((r) => r.task === 'phes_digital');
const battery = (ltt: Record<string, CellValue> = zeroes.ltt!): [string, Record<string, CellValue>][] => [...Object.entries(zeroes).filter(([t]) => t !== 'ltt'), ['ltt', ltt]];

describe('completing a digital PHES battery', () => {
	it('ends the last subtest, completes the session, gathers and scores in one go; opening it again changes nothing', async () => {
		const s = await session();
		const last = await give(s.id, battery());
		const { gathered, score } = await completePhesBattery(db, { sessionId: s.id, ...last, timeStampMs: 5000 });
		expect((await getSession(db, s.id))?.status).toBe('complete');
		expect((await listTaskRuns(db, s.id)).find((r) => r.id === last.lastRunId)?.status).toBe('complete');
		expect(gathered?.summary).toMatchObject({ ncta_s: 24, ltt_errors: 26, dst_time_limit_s: 90, battery_validity: 'valid' });
		expect(score).toMatchObject({ taskRunId: gathered!.id, values: { phes_total: 0 }, refusal: null });
		expect(score!.flags).toContain('paper_norms_on_digital');

		expect(await repairVisitPhes(db, baseline.id)).toBe(false);
		expect(await gatheredRuns(s.id)).toHaveLength(1);
		expect(await listScores(db, gathered!.id)).toHaveLength(1);
	});

	it('with an invalid subtest: stored as not scorable with the reason; given again, the total comes from the valid run and the old runs are kept', async () => {
		const first = await session();
		const { gathered, score } = await completePhesBattery(db, { sessionId: first.id, ...(await give(first.id, battery(straightStroke))), timeStampMs: 5000 });
		expect(gathered?.summary).toMatchObject({ ltt_s: null, ltt_errors: null, battery_validity: 'invalid', battery_invalid_reasons: 'LTT: trace covered 12 % of the track (at least 95 % needed)' });
		expect(score?.values).toEqual({});
		expect(score?.refusal).toBe('PHES total not scorable: LTT: trace covered 12 % of the track (at least 95 % needed).');
		expect(score?.flags).toContain('administration_invalid');

		const again = await session();
		const redone = await completePhesBattery(db, { sessionId: again.id, ...(await give(again.id, [['ltt', zeroes.ltt!]])), timeStampMs: 900 });
		expect(redone.gathered?.sessionId).toBe(again.id);
		expect(redone.gathered?.summary).toMatchObject({ ltt_s: 74, battery_validity: 'valid' });
		expect(redone.score).toMatchObject({ values: { phes_total: 0 }, refusal: null });
		const kept = await listTaskRuns(db, first.id);
		expect(kept.filter((r) => r.task === 'ltt').map((r) => r.summary?.validity)).toEqual(['invalid']);
		expect(kept.filter((r) => r.task === 'phes_digital')).toHaveLength(1);
	});
});

describe('the completing transaction', () => {
	it('keeps nothing of the completion when one of its writes fails: the last run stays open, the session in progress', async () => {
		const s = await session();
		const last = await give(s.id, battery());
		const taken = (await listTaskRuns(db, s.id))[0]!.id; // a gathered run cannot take an id already used
		await expect(
			writeBatteryCompletion(db, {
				lastRun: { id: last.lastRunId, summary: last.summary, event: { type: 'subtest_complete', timeStampMs: 0, detail: {} } },
				completeSession: { id: s.id, event: { type: 'completed', timeStampMs: 0, detail: {} } },
				gathered: { id: taken, sessionId: s.id, summary: {}, event: { type: 'phes_values_gathered', timeStampMs: 0, detail: {} } }
			})
		).rejects.toThrow();
		expect((await getSession(db, s.id))?.status).toBe('in_progress');
		expect((await listTaskRuns(db, s.id)).find((r) => r.id === last.lastRunId)?.status).toBe('in_progress');
		// Opened later, the visit has nothing to gather yet: the LTT never completed.
		expect(await repairVisitPhes(db, baseline.id)).toBe(false);
	});
});

describe('repairing a visit’s gathering on opening', () => {
	it('closes a gathering left in progress (kept as aborted) and gathers and scores again', async () => {
		const s = await session();
		const last = await give(s.id, battery());
		await endTaskRun(db, last.lastRunId, 'complete', last.summary, { type: 'subtest_complete', timeStampMs: 0, detail: {} });
		await setSessionStatus(db, s.id, 'complete', { type: 'completed', timeStampMs: 0, detail: {} });
		const stuck = await addTaskRun(db, s.id, { task: 'phes_digital', administration: 'digital', formId: 'battery', seed: 0, parameters: {} });

		expect(await repairVisitPhes(db, baseline.id)).toBe(true);
		const runs = await gatheredRuns(s.id);
		expect(runs.find((r) => r.id === stuck.id)?.status).toBe('aborted');
		const fresh = runs.find((r) => r.status === 'complete')!;
		expect(fresh.summary).toMatchObject({ ncta_s: 24, battery_validity: 'valid' });
		expect((await listScores(db, fresh.id))[0]?.values.phes_total).toBe(0);
		expect((await listEvents(db, s.id)).map((e) => e.type)).toContain('gathering_repaired');
		expect(await repairVisitPhes(db, baseline.id)).toBe(false);
	});

	it('gathers again a battery gathered under the earlier rule (no verdict, no DST limit), keeping that run', async () => {
		const s = await session();
		const last = await give(s.id, battery());
		await endTaskRun(db, last.lastRunId, 'complete', last.summary, { type: 'subtest_complete', timeStampMs: 0, detail: {} });
		const old = await addTaskRun(db, s.id, { task: 'phes_digital', administration: 'digital', formId: 'battery', seed: 0, parameters: {} });
		await endTaskRun(db, old.id, 'complete', { ncta_s: 24, nctb_s: 63, dst_count: 48, sdt_s: 38, ltt_s: 74, ltt_errors: 26, source_task_runs: 'a b c d e' }, { type: 'phes_values_gathered', timeStampMs: 0, detail: {} });
		expect(await repairVisitPhes(db, baseline.id)).toBe(true);
		const runs = await gatheredRuns(s.id);
		expect(runs.map((r) => [r.id === old.id, r.status, r.summary?.battery_validity, r.summary?.dst_time_limit_s])).toEqual([
			[true, 'complete', undefined, undefined],
			[false, 'complete', 'valid', 90]
		]);
		expect(await repairVisitPhes(db, baseline.id)).toBe(false);
	});

	it('gathers a battery completed but never gathered, and nothing while a subtest is missing', async () => {
		const s = await session();
		const last = await give(s.id, battery().slice(0, 4));
		await endTaskRun(db, last.lastRunId, 'complete', last.summary, { type: 'subtest_complete', timeStampMs: 0, detail: {} });
		expect(await repairVisitPhes(db, baseline.id)).toBe(false);
		const ltt = await give(s.id, [['ltt', zeroes.ltt!], ['ltt', zeroes.ltt!]]);
		await endTaskRun(db, ltt.lastRunId, 'aborted', null, { type: 'subtest_aborted', timeStampMs: 0, detail: {} });
		expect(await repairVisitPhes(db, baseline.id)).toBe(true);
		expect(await gatheredRuns(s.id)).toHaveLength(1);
	});
});

describe('overriding an invalid verdict', () => {
	it('needs the examiner and a reason; then counts the run, records who, when and why, and flags the score', async () => {
		const s = await session();
		const last = await give(s.id, battery(straightStroke));
		await completePhesBattery(db, { sessionId: s.id, ...last, timeStampMs: 5000 });
		expect(await overrideSubtestVerdict(db, { taskRunId: last.lastRunId, examiner: 'Examiner A', reason: '  ', timeStampMs: 6000 })).toEqual({ ok: false, problem: 'Give the reason for overriding the verdict.' });
		expect(await gatheredRuns(s.id)).toHaveLength(1);

		expect(await overrideSubtestVerdict(db, { taskRunId: last.lastRunId, examiner: 'Examiner A', reason: 'pen slipped; the trace on paper was complete', timeStampMs: 6000 })).toEqual({ ok: true });
		const override = (await listEvents(db, s.id)).find((e) => e.type === 'validity_override');
		expect(override).toMatchObject({ taskRunId: last.lastRunId, detail: { examiner: 'Examiner A', reason: 'pen slipped; the trace on paper was complete' } });
		const current = (await gatheredRuns(s.id)).at(-1)!;
		expect(current.summary).toMatchObject({ ltt_s: 2.1, battery_validity: 'valid' });
		expect(String(current.summary?.validity_overrides)).toContain(`${last.lastRunId} by Examiner A at ${override!.at}: pen slipped`);
		const [score] = await listScores(db, current.id);
		expect(score?.refusal).toBeNull();
		expect(score?.flags).toContain('validity_overridden');
		expect(await overrideSubtestVerdict(db, { taskRunId: (await gatheredRuns(s.id))[0]!.id, examiner: 'A', reason: 'x', timeStampMs: 0 })).toMatchObject({ ok: false });
	});
});

describe('the forms of a subtest given again', () => {
	it('are the visit’s: a new session at the visit takes the index stored by its earlier PHES session', async () => {
		await session({ formRotationIndex: 3 });
		expect(await phesFormRotationIndex(db, { participantId: participant.id, visitId: baseline.id, resumed: null })).toBe(3);
	});
});
