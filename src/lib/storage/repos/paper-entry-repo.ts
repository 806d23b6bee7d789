import type { HepcogDb } from '../db';
import { stamped } from '../installation';
import { commit } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { CellValue, SessionRecord, TaskRunRecord } from '../../model/records';

export interface PaperEntry {
	visitId: string;
	participantId: string;
	examiner: string;
	task: string;
	parameters: TaskRunRecord['parameters'];
	values: Record<string, CellValue>;
	provenance: SessionRecord['provenance'];
}

/**
 * Stores results typed in from a paper administration: a complete session with one complete task
 * run (`administration = paper`) whose summary holds the values, in one transaction.
 */
export async function recordPaperEntry(db: HepcogDb, entry: PaperEntry): Promise<{ session: SessionRecord; taskRun: TaskRunRecord }> {
	const now = nowIso();
	const session: SessionRecord = stamped(db, {
		id: newId(),
		visitId: entry.visitId,
		participantId: entry.participantId,
		battery: entry.task,
		examiner: entry.examiner,
		status: 'complete' as const,
		startedAt: now,
		endedAt: now,
		provenance: entry.provenance
	}, now);
	const taskRun: TaskRunRecord = stamped(db, {
		id: newId(),
		sessionId: session.id,
		task: entry.task,
		administration: 'paper' as const,
		formId: 'paper',
		seed: 0,
		parameters: entry.parameters,
		status: 'complete' as const,
		startedAt: now,
		endedAt: now,
		summary: entry.values
	}, now);
	const tx = db.transaction(['session', 'taskRun', 'event'], 'readwrite');
	return commit(tx, async () => {
		await tx.objectStore('session').add(session);
		await tx.objectStore('taskRun').add(taskRun);
		await tx.objectStore('event').add(stamped(db, { id: newId(), sessionId: session.id, taskRunId: taskRun.id, trialSeq: null, type: 'paper_entry', timeStampMs: 0, at: now, detail: {} }, now));
		return { session, taskRun };
	});
}
