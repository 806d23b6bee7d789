import type { HepcogDb } from '../storage/db';
import type { SessionRecord } from '../model/records';
import { changeSessionStatus, getSession, listSessionsWithStatus, listTaskRuns, setSessionStatus } from '../storage/repos/session-repo';

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

/**
 * The session as a resume page should see it. Right after a reload the old page may still hold the
 * session's lock for a moment, so a session still "in progress" is watched for up to `waitMs`
 * until its page is gone, then marked interrupted like any other.
 */
export async function sessionForResume(
	db: HepcogDb,
	sessionId: string,
	liveIds: () => Promise<ReadonlySet<string>>,
	waitMs = 3000,
	stepMs = 100
): Promise<SessionRecord | undefined> {
	for (let waitedMs = 0; ; waitedMs += stepMs) {
		const session = await getSession(db, sessionId);
		if (session?.status !== 'in_progress') return session;
		const live = await liveIds();
		if (!live.has(sessionId)) {
			await markInterruptedSessions(db, live);
			return getSession(db, sessionId);
		}
		if (waitedMs >= waitMs) return session;
		await new Promise((resolve) => setTimeout(resolve, stepMs));
	}
}
