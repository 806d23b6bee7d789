import type { HepcogDb } from '../db';
import { restamped, stamped } from '../installation';
import { abortWith, NotFoundError } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { EventRecord, SessionRecord, SessionStatus, TaskRunRecord } from '../../model/records';
import { m } from '../../i18n/paraglide/messages.js';

export type NewSession = Pick<SessionRecord, 'visitId' | 'participantId' | 'battery' | 'examiner' | 'provenance'>;
export type NewTaskRun = Pick<TaskRunRecord, 'task' | 'administration' | 'formId' | 'seed' | 'parameters'>;

/** Creates a session in progress with its first task run, in one transaction. */
export async function startSession(db: HepcogDb, session: NewSession, taskRun: NewTaskRun): Promise<{ session: SessionRecord; taskRun: TaskRunRecord }> {
	const now = nowIso();
	const savedSession: SessionRecord = stamped(db, { ...session, id: newId(), status: 'in_progress' as const, startedAt: now, endedAt: null }, now);
	const savedRun: TaskRunRecord = stamped(db, { ...taskRun, id: newId(), sessionId: savedSession.id, status: 'in_progress' as const, startedAt: now, endedAt: null, summary: null }, now);
	const tx = db.transaction(['session', 'taskRun'], 'readwrite');
	await tx.objectStore('session').add(savedSession);
	await tx.objectStore('taskRun').add(savedRun);
	await tx.done;
	return { session: savedSession, taskRun: savedRun };
}

export async function getSession(db: HepcogDb, id: string): Promise<SessionRecord | undefined> {
	return db.get('session', id);
}

export async function listSessionsOfVisit(db: HepcogDb, visitId: string): Promise<SessionRecord[]> {
	const sessions = await db.getAllFromIndex('session', 'byVisit', visitId);
	return sessions.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function listSessionsWithStatus(db: HepcogDb, status: SessionStatus): Promise<SessionRecord[]> {
	return db.getAllFromIndex('session', 'byStatus', status);
}

export async function listTaskRuns(db: HepcogDb, sessionId: string): Promise<TaskRunRecord[]> {
	const runs = await db.getAllFromIndex('taskRun', 'bySession', sessionId);
	return runs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export interface StatusChange {
	session: SessionStatus;
	taskRun: TaskRunRecord['status'];
	/** Set on a completed task run. */
	summary?: TaskRunRecord['summary'];
	/** Why the status changed, stored as an event. */
	event: Pick<EventRecord, 'type' | 'timeStampMs' | 'detail'>;
}

/**
 * Moves a session and its task run to a new status, with the event that says why, in one
 * transaction. Ending states (complete, abandoned) set the end time.
 */
export async function changeSessionStatus(db: HepcogDb, sessionId: string, taskRunId: string, change: StatusChange): Promise<SessionRecord> {
	const tx = db.transaction(['session', 'taskRun', 'event'], 'readwrite');
	const session = await tx.objectStore('session').get(sessionId);
	const taskRun = await tx.objectStore('taskRun').get(taskRunId);
	if (!session || !taskRun) abortWith(tx, new NotFoundError(m.storage_session_gone()));
	const now = nowIso();
	const ended = change.session === 'complete' || change.session === 'abandoned';
	const savedSession: SessionRecord = restamped(db, session, { ...session, status: change.session, endedAt: ended ? now : null }, now);
	await tx.objectStore('session').put(savedSession);
	await tx.objectStore('taskRun').put(restamped(db, taskRun, {
		...taskRun,
		status: change.taskRun,
		endedAt: change.taskRun === 'complete' || change.taskRun === 'aborted' ? now : null,
		summary: change.summary ?? taskRun.summary
	}, now));
	await tx.objectStore('event').add(stamped(db, { ...change.event, id: newId(), sessionId, taskRunId, trialSeq: null, at: now }, now));
	await tx.done;
	return savedSession;
}

export async function listSessionsOfParticipant(db: HepcogDb, participantId: string): Promise<SessionRecord[]> {
	return db.getAllFromIndex('session', 'byParticipant', participantId);
}

export async function getTaskRun(db: HepcogDb, id: string): Promise<TaskRunRecord | undefined> {
	return db.get('taskRun', id);
}

/** Starts another task run in a session (the next subtest of a battery). */
export async function addTaskRun(db: HepcogDb, sessionId: string, taskRun: NewTaskRun): Promise<TaskRunRecord> {
	const saved: TaskRunRecord = stamped(db, { ...taskRun, id: newId(), sessionId, status: 'in_progress' as const, startedAt: nowIso(), endedAt: null, summary: null });
	await db.add('taskRun', saved);
	return saved;
}

/** Ends one task run of a session (complete with its summary, or aborted), with the event that says why. */
export async function endTaskRun(
	db: HepcogDb,
	taskRunId: string,
	status: 'complete' | 'aborted',
	summary: TaskRunRecord['summary'],
	event: Pick<EventRecord, 'type' | 'timeStampMs' | 'detail'>
): Promise<TaskRunRecord> {
	const tx = db.transaction(['taskRun', 'event'], 'readwrite');
	const run = await tx.objectStore('taskRun').get(taskRunId);
	if (!run) abortWith(tx, new NotFoundError(m.storage_task_run_gone()));
	const now = nowIso();
	const saved: TaskRunRecord = restamped(db, run, { ...run, status, summary: summary ?? run.summary, endedAt: now }, now);
	await tx.objectStore('taskRun').put(saved);
	await tx.objectStore('event').add(stamped(db, { ...event, id: newId(), sessionId: run.sessionId, taskRunId, trialSeq: null, at: now }, now));
	await tx.done;
	return saved;
}

/** Moves only the session to a new status (a battery's task runs end one by one). */
export async function setSessionStatus(
	db: HepcogDb,
	sessionId: string,
	status: SessionRecord['status'],
	event: Pick<EventRecord, 'type' | 'timeStampMs' | 'detail'>
): Promise<SessionRecord> {
	const tx = db.transaction(['session', 'event'], 'readwrite');
	const session = await tx.objectStore('session').get(sessionId);
	if (!session) abortWith(tx, new NotFoundError(m.storage_session_gone()));
	const now = nowIso();
	const ended = status === 'complete' || status === 'abandoned';
	const saved: SessionRecord = restamped(db, session, { ...session, status, endedAt: ended ? now : null }, now);
	await tx.objectStore('session').put(saved);
	await tx.objectStore('event').add(stamped(db, { ...event, id: newId(), sessionId, taskRunId: null, trialSeq: null, at: now }, now));
	await tx.done;
	return saved;
}

/** Creates a session in progress whose task runs are added one by one (a battery). */
export async function startSessionOnly(db: HepcogDb, session: NewSession): Promise<SessionRecord> {
	const saved: SessionRecord = stamped(db, { ...session, id: newId(), status: 'in_progress' as const, startedAt: nowIso(), endedAt: null });
	await db.add('session', saved);
	return saved;
}

/** When every stored session started (epoch ms), for the backup reminder (a study holds hundreds of sessions, not millions). */
export async function listSessionStartsMs(db: HepcogDb): Promise<number[]> {
	const sessions = await db.getAll('session');
	return sessions.map((session) => Date.parse(session.startedAt)).filter(Number.isFinite);
}
