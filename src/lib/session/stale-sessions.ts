import type { HepcogDb } from '../storage/db';
import { changeSessionStatus, listSessionsWithStatus, listTaskRuns, setSessionStatus } from '../storage/repos/session-repo';

/**
 * Marks as interrupted every session still "in progress" whose page is no longer running (a
 * reload, a closed tab, a crash), so the examiner is offered to resume or close it — never
 * silently dropped. Returns how many were marked.
 */
export async function markInterruptedSessions(db: HepcogDb, liveIds: ReadonlySet<string>): Promise<number> {
	let marked = 0;
	for (const session of await listSessionsWithStatus(db, 'in_progress')) {
		if (liveIds.has(session.id)) continue;
		const running = (await listTaskRuns(db, session.id)).filter((run) => run.status === 'in_progress');
		const event = { type: 'session_interrupted', timeStampMs: 0, detail: { reason: 'page closed or reloaded while the task ran' } };
		for (const run of running) await changeSessionStatus(db, session.id, run.id, { session: 'interrupted', taskRun: 'interrupted', event });
		// Between two subtests of a battery no task run is open: the session alone is marked.
		if (running.length === 0) await setSessionStatus(db, session.id, 'interrupted', event);
		marked++;
	}
	return marked;
}
