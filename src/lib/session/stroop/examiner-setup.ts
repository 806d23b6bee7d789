// What the examiner's start form of the Stroop needs: the visit and participant, and, when the
// page was opened for an interrupted session, that session to resume.
import type { HepcogDb } from '../../storage/db';
import type { ParticipantRecord, SessionRecord, TaskRunRecord, VisitRecord } from '../../model/records';
import { listTaskRuns } from '../../storage/repos/session-repo';
import { liveSessionIds } from '../session-lock';
import { sessionForResume } from '../stale-sessions';
import { visitWithParticipant } from '../visit-with-participant';

export interface StroopSetup {
	visit: VisitRecord;
	participant: ParticipantRecord;
	/** The interrupted session to resume; null for a new session. */
	resume: { session: SessionRecord; taskRun: TaskRunRecord } | null;
}

/** Loads the setup from the page's `session` (resume) or `visit` (new) id; a problem to show otherwise. */
export async function loadStroopSetup(
	db: HepcogDb,
	ids: { sessionId: string | null; visitId: string | null },
	liveIds: () => Promise<ReadonlySet<string>> = liveSessionIds
): Promise<StroopSetup | { problem: string }> {
	let resume: StroopSetup['resume'] = null;
	if (ids.sessionId) {
		const session = await sessionForResume(db, ids.sessionId, liveIds);
		const taskRun = session && (await listTaskRuns(db, session.id)).find((r) => r.task === 'stroop');
		if (!session || !taskRun) return { problem: 'This session does not exist.' };
		if (session.status !== 'interrupted') return { problem: `This session is ${session.status.replace('_', ' ')}; only an interrupted session can be resumed.` };
		resume = { session, taskRun };
	}
	const loaded = await visitWithParticipant(db, resume?.session.visitId ?? ids.visitId);
	return 'problem' in loaded ? loaded : { ...loaded, resume };
}
