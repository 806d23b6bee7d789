// Which alternate form of each subtest a PHES session gives (visit i takes form i mod count).
import type { HepcogDb } from '../../storage/db';
import type { SessionRecord } from '../../model/records';
import { listVisits } from '../../storage/repos/visit-repo';

/**
 * A new session takes its visit's place among the participant's visits; a resumed session keeps
 * the index it was started with (stored in its provenance), so a visit added to the plan since
 * cannot change the forms halfway through a battery.
 */
export async function phesFormRotationIndex(db: HepcogDb, session: { participantId: string; visitId: string; resumed: SessionRecord | null }): Promise<number> {
	const stored = session.resumed?.provenance.formRotationIndex;
	if (typeof stored === 'number') return stored;
	// Only a session started before the index was stored lacks it: its visit's place now is the best guess.
	const visits = await listVisits(db, session.participantId);
	return Math.max(0, visits.findIndex((v) => v.id === session.visitId));
}
