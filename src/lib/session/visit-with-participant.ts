// Every start form is for one visit of one participant: both loaded, or the problem to show.
import type { ParticipantRecord, VisitRecord } from '../model/records';
import type { HepcogDb } from '../storage/db';
import { getParticipant } from '../storage/repos/participant-repo';
import { getVisit } from '../storage/repos/visit-repo';

export async function visitWithParticipant(
	db: HepcogDb,
	visitId: string | null
): Promise<{ visit: VisitRecord; participant: ParticipantRecord } | { problem: string }> {
	const visit = visitId === null ? undefined : await getVisit(db, visitId);
	if (!visit) return { problem: 'This visit does not exist.' };
	const participant = await getParticipant(db, visit.participantId);
	if (!participant) return { problem: 'This participant does not exist.' };
	return { visit, participant };
}
