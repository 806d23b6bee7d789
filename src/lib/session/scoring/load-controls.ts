// Reads the records of a study that local-norm controls are taken from, and gathers the control
// rows from them (the choosing is scoring/local-norm-controls.ts, without the database).
import type { SessionRecord, StudyRecord, TaskRunRecord, VisitRecord } from '../../model/records';
import { controlRowsFrom, type ControlGathering, type ControlQuery, type StudyRecords } from '../../scoring/local-norms/local-norm-controls';
import type { HepcogDb } from '../../storage/db';
import { listParticipants } from '../../storage/repos/participant-repo';
import { listSessionsOfParticipant, listTaskRuns } from '../../storage/repos/session-repo';
import { listVisits } from '../../storage/repos/visit-repo';
import { listEvents } from '../../storage/repos/trial-repo';
import { validityOverridesIn, type ValidityOverride } from '../../tasks/phes/digital/validity-override';

/** The study's participants (by code), each one's visits, sessions and task runs (each by start), and the PHES verdict overrides. */
export async function loadStudyRecords(db: HepcogDb, study: StudyRecord): Promise<StudyRecords> {
	const participants = await listParticipants(db, study.id);
	const visits: VisitRecord[] = [];
	const sessions: SessionRecord[] = [];
	const taskRuns: TaskRunRecord[] = [];
	const overrides: ValidityOverride[] = [];
	for (const participant of participants) {
		visits.push(...(await listVisits(db, participant.id)));
		for (const session of await listSessionsOfParticipant(db, participant.id)) {
			sessions.push(session);
			taskRuns.push(...(await listTaskRuns(db, session.id)));
			if (session.battery === 'phes') overrides.push(...validityOverridesIn(await listEvents(db, session.id)));
		}
	}
	return { study, participants, visits, sessions, taskRuns, overrides };
}

/** The control rows of the chosen arms, mode and visit, with every control left out and why. */
export async function gatherControlRows(db: HepcogDb, study: StudyRecord, query: ControlQuery): Promise<ControlGathering> {
	return controlRowsFrom(await loadStudyRecords(db, study), query);
}
