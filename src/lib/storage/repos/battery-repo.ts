// The writes that finish a digital PHES battery, in one transaction: the last subtest run ends,
// the session is marked complete, a gathering left unfinished is closed, the visit's six values are
// stored as a gathered run and its score is saved. Either all of it is kept or none of it, so a
// battery can never be complete and unscored because the page closed between two writes.
import type { HepcogDb } from '../db';
import { restamped, stamped } from '../installation';
import { abortWith, commit, NotFoundError } from '../errors';
import { addScoreIn } from './score-repo';
import { newId, nowIso } from '../../model/ids';
import type { CellValue, EventRecord, NewScore, ScoreRecord, TaskRunRecord } from '../../model/records';
import { m } from '../../i18n/paraglide/messages.js';

type WhyEvent = Pick<EventRecord, 'type' | 'timeStampMs' | 'detail'>;

export interface BatteryWrites {
	/** The last subtest run: ended complete with its summary. */
	lastRun?: { id: string; summary: Record<string, CellValue>; event: WhyEvent };
	/** The session marked complete. */
	completeSession?: { id: string; event: WhyEvent };
	/** Gathered runs left unfinished by an earlier page: kept, ended as aborted. */
	abortRuns?: { id: string; event: WhyEvent }[];
	/** The visit's gathered values, a new complete run (id chosen by the caller, so its score can name it). */
	gathered?: { id: string; sessionId: string; summary: Record<string, CellValue>; event: WhyEvent };
	/** A score of the gathered run (or of an existing run); an earlier current score of it becomes history. */
	score?: NewScore;
}

export async function writeBatteryCompletion(db: HepcogDb, writes: BatteryWrites): Promise<{ gathered: TaskRunRecord | null; score: ScoreRecord | null }> {
	const now = nowIso();
	const tx = db.transaction(['session', 'taskRun', 'event', 'score'], 'readwrite');
	const runs = tx.objectStore('taskRun');
	const events = tx.objectStore('event');
	const addEvent = (sessionId: string, taskRunId: string | null, event: WhyEvent) =>
		events.add(stamped(db, { ...event, id: newId(), sessionId, taskRunId, trialSeq: null, at: now }, now));
	return commit(tx, async () => {
		const endRun = async (id: string, status: 'complete' | 'aborted', summary: TaskRunRecord['summary'], event: WhyEvent) => {
			const run = await runs.get(id);
			if (!run) abortWith(tx, new NotFoundError(m.storage_task_run_gone()));
			await runs.put(restamped(db, run, { ...run, status, summary: summary ?? run.summary, endedAt: now }, now));
			await addEvent(run.sessionId, id, event);
		};
		if (writes.lastRun) await endRun(writes.lastRun.id, 'complete', writes.lastRun.summary, writes.lastRun.event);
		for (const aborted of writes.abortRuns ?? []) await endRun(aborted.id, 'aborted', null, aborted.event);
		if (writes.completeSession) {
			const session = await tx.objectStore('session').get(writes.completeSession.id);
			if (!session) abortWith(tx, new NotFoundError(m.storage_session_gone()));
			await tx.objectStore('session').put(restamped(db, session, { ...session, status: 'complete' as const, endedAt: now }, now));
			await addEvent(session.id, null, writes.completeSession.event);
		}
		let gathered: TaskRunRecord | null = null;
		if (writes.gathered) {
			const { id, sessionId, summary, event } = writes.gathered;
			gathered = stamped(db, { id, sessionId, task: 'phes_digital', administration: 'digital' as const, formId: 'battery', seed: 0, parameters: {}, status: 'complete' as const, startedAt: now, endedAt: now, summary }, now);
			await runs.add(gathered);
			await addEvent(sessionId, id, event);
		}
		const score = writes.score ? await addScoreIn(db, tx.objectStore('score'), writes.score, now) : null;
		return { gathered, score };
	});
}
