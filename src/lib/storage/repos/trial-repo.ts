import type { HepcogDb } from '../db';
import { stamped } from '../installation';
import { commit } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { EventRecord, TrialRecord, Unstamped } from '../../model/records';

export type NewEvent = Pick<EventRecord, 'type' | 'timeStampMs' | 'detail' | 'trialSeq'>;

/**
 * Stores one answered trial and the events logged since the previous one, in one small
 * transaction. The unique (task run, seq) index makes a second write of the same trial fail
 * instead of storing it twice.
 */
export async function recordTrial(db: HepcogDb, trial: Unstamped<Omit<TrialRecord, 'id'>>, events: readonly NewEvent[] = []): Promise<TrialRecord> {
	const at = nowIso();
	const saved: TrialRecord = stamped(db, { ...trial, id: newId() }, at);
	const tx = db.transaction(['trial', 'event'], 'readwrite');
	return commit(tx, async () => {
		await tx.objectStore('trial').add(saved);
		for (const event of events) {
			await tx.objectStore('event').add(stamped(db, { ...event, id: newId(), sessionId: trial.sessionId, taskRunId: trial.taskRunId, at }, at));
		}
		return saved;
	});
}

/** Stores events that belong to no answered trial (a pause, a run restarted, a resume). */
export async function recordEvents(db: HepcogDb, sessionId: string, taskRunId: string | null, events: readonly NewEvent[]): Promise<void> {
	if (events.length === 0) return;
	const tx = db.transaction('event', 'readwrite');
	const at = nowIso();
	for (const event of events) await tx.store.add(stamped(db, { ...event, id: newId(), sessionId, taskRunId, at }, at));
	await tx.done;
}

/** A task run's trials in the order they were answered. */
export async function listTrials(db: HepcogDb, taskRunId: string): Promise<TrialRecord[]> {
	const trials = await db.getAllFromIndex('trial', 'byTaskRun', taskRunId);
	return trials.sort((a, b) => a.seq - b.seq);
}

/** A session's events in the order they happened. */
export async function listEvents(db: HepcogDb, sessionId: string): Promise<EventRecord[]> {
	const events = await db.getAllFromIndex('event', 'bySession', sessionId);
	return events.sort((a, b) => a.at.localeCompare(b.at) || a.timeStampMs - b.timeStampMs);
}
