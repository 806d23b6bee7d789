// Which alternate form of each subtest a PHES session gives (visit i takes form i mod count).
import type { HepcogDb } from '../../storage/db';
import type { SessionRecord } from '../../model/records';
import { listVisits } from '../../storage/repos/visit-repo';
import { listSessionsOfVisit } from '../../storage/repos/session-repo';

/**
 * A new session takes its visit's place among the participant's visits; a resumed session keeps
 * the index it was started with (stored in its provenance), so a visit added to the plan since
 * cannot change the forms halfway through a battery. A subtest given again at the same visit takes
 * the forms of the visit's earlier PHES session, so one visit has one set of forms.
 */
export async function phesFormRotationIndex(db: HepcogDb, session: { participantId: string; visitId: string; resumed: SessionRecord | null }): Promise<number> {
	const stored = session.resumed?.provenance.formRotationIndex;
	if (typeof stored === 'number') return stored;
	const earlier = (await listSessionsOfVisit(db, session.visitId)).filter((s) => s.battery === 'phes').map((s) => s.provenance.formRotationIndex);
	const visitIndex = earlier.find((index) => typeof index === 'number');
	if (typeof visitIndex === 'number') return visitIndex;
	// Only a session started before the index was stored lacks it: its visit's place now is the best guess.
	const visits = await listVisits(db, session.participantId);
	return Math.max(0, visits.findIndex((v) => v.id === session.visitId));
}
