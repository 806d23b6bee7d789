import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../storage/db';
import { endTaskRun, getSession, listTaskRuns, startSession } from '../storage/repos/session-repo';
import { listEvents, listTrials, recordTrial } from '../storage/repos/trial-repo';
import { markInterruptedSessions, sessionForResume } from './stale-sessions';

let db: HepcogDb;
beforeEach(async () => (db = await openHepcogDb({}, 'sessions')));
afterEach(() => db.close());

const begin = () =>
	startSession(
		db,
		{ visitId: 'v1', participantId: 'p1', battery: 'stroop', examiner: 'A', provenance: { crossOriginIsolated: true } },
		{ task: 'stroop', administration: 'digital', formId: 'seeded', seed: 7, parameters: {} }
	);

describe('sessions left in progress', () => {
	it('are marked interrupted unless their page still runs', async () => {
		const live = await begin();
		const stale = await begin();
		expect(await markInterruptedSessions(db, new Set([live.session.id]))).toBe(1);
		expect((await getSession(db, stale.session.id))?.status).toBe('interrupted');
		expect((await listTaskRuns(db, stale.session.id))[0]?.status).toBe('interrupted');
		expect((await getSession(db, live.session.id))?.status).toBe('in_progress');
		expect((await listEvents(db, stale.session.id)).map((e) => e.type)).toEqual(['session_interrupted']);
	});
});

describe('a session opened for resuming', () => {
	it('waits for the reloaded page to let go of it, then is marked interrupted', async () => {
		const { session } = await begin();
		let calls = 0;
		const liveIds = async () => new Set(++calls < 3 ? [session.id] : []);
		const seen = await sessionForResume(db, session.id, liveIds, 1000, 1);
		expect(calls).toBe(3);
		expect(seen?.status).toBe('interrupted');
	});

	it('is left as it is while another page keeps running it', async () => {
		const { session } = await begin();
		const seen = await sessionForResume(db, session.id, async () => new Set([session.id]), 5, 1);
		expect(seen?.status).toBe('in_progress');
	});
});

describe('a battery session between two subtests', () => {
	it('is marked interrupted although no task run is open', async () => {
		const { session, taskRun } = await begin();
		await endTaskRun(db, taskRun.id, 'complete', { time_s: 30 }, { type: 'subtest_complete', timeStampMs: 1, detail: {} });
		expect(await markInterruptedSessions(db, new Set())).toBe(1);
		expect((await getSession(db, session.id))?.status).toBe('interrupted');
		expect((await listTaskRuns(db, session.id))[0]?.status).toBe('complete');
	});
});

describe('trial storage', () => {
	it('stores a trial with its events, and refuses the same trial twice', async () => {
		const { session, taskRun } = await begin();
		const trial = { taskRunId: taskRun.id, sessionId: session.id, seq: 0, values: { rt_ms: 600 }, flags: [], frameTimesMs: [] };
		await recordTrial(db, trial, [{ type: 'blur', timeStampMs: 12.5, detail: {}, trialSeq: 0 }]);
		await expect(recordTrial(db, trial)).rejects.toThrow();
		expect(await listTrials(db, taskRun.id)).toHaveLength(1);
		expect((await listEvents(db, session.id)).map((e) => [e.type, e.trialSeq])).toEqual([['blur', 0]]);
	});
});
