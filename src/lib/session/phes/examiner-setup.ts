// What the examiner's start form of the digital PHES needs: the visit and participant, and, when
// the page was opened for an interrupted session, that session to resume.
import type { HepcogDb } from '../../storage/db';
import type { ParticipantRecord, SessionRecord, VisitRecord } from '../../model/records';
import { liveSessionIds } from '../session-lock';
import { sessionForResume } from '../stale-sessions';
import { visitWithParticipant } from '../visit-with-participant';

export interface PhesSetup {
	visit: VisitRecord;
	participant: ParticipantRecord;
	/** The interrupted session to resume; null for a new session. */
	resume: SessionRecord | null;
}

/** Loads the setup from the page's `session` (resume) or `visit` (new) id; a problem to show otherwise. */
export async function loadPhesSetup(
	db: HepcogDb,
	ids: { sessionId: string | null; visitId: string | null },
	liveIds: () => Promise<ReadonlySet<string>> = liveSessionIds
): Promise<PhesSetup | { problem: string }> {
	let resume: SessionRecord | null = null;
	if (ids.sessionId) {
		resume = (await sessionForResume(db, ids.sessionId, liveIds)) ?? null;
		if (!resume || resume.status !== 'interrupted') return { problem: 'Only an interrupted PHES session can be resumed here.' };
	}
	const loaded = await visitWithParticipant(db, resume?.visitId ?? ids.visitId);
	return 'problem' in loaded ? loaded : { ...loaded, resume };
}
