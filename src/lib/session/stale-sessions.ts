import type { HepcogDb } from '../storage/db';
import { changeSessionStatus, listSessionsWithStatus, listTaskRuns } from '../storage/repos/session-repo';

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
		for (const run of running) {
			await changeSessionStatus(db, session.id, run.id, {
				session: 'interrupted',
				taskRun: 'interrupted',
				event: { type: 'session_interrupted', timeStampMs: 0, detail: { reason: 'page closed or reloaded while the task ran' } }
			});
		}
		marked++;
	}
	return marked;
}
