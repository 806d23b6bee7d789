import type { HepcogDb } from '../db';
import { restamped, stamped } from '../installation';
import { abortWith, ConflictError, DuplicateCodeError, NotFoundError } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { NewParticipant, ParticipantRecord, StudyRecord, VisitRecord } from '../../model/records';
import { planVisits, syncVisits } from '../../study/visit-plan';
import { m } from '../../i18n/paraglide/messages.js';

export async function listParticipants(db: HepcogDb, studyId: string): Promise<ParticipantRecord[]> {
	const all = await db.getAllFromIndex('participant', 'byStudy', studyId);
	return all.sort((a, b) => a.code.localeCompare(b.code));
}

export async function getParticipant(db: HepcogDb, id: string): Promise<ParticipantRecord | undefined> {
	return db.get('participant', id);
}

export async function findParticipantByCode(
	db: HepcogDb,
	studyId: string,
	code: string
): Promise<ParticipantRecord | undefined> {
	return db.getFromIndex('participant', 'byStudyCode', [studyId, code]);
}

/** Creates the participant and their planned visits in one transaction: both or neither. */
export async function createParticipant(
	db: HepcogDb,
	study: StudyRecord,
	input: NewParticipant
): Promise<{ participant: ParticipantRecord; visits: VisitRecord[] }> {
	const now = nowIso();
	const participant: ParticipantRecord = stamped(db, { ...input, id: newId(), studyId: study.id, createdAt: now, updatedAt: now, revision: 1 }, now);
	const visits = planVisits(study.visits, participant.id, participant.baselineDate, newId, now).map((visit) => stamped(db, visit, now));
	const tx = db.transaction(['participant', 'visit'], 'readwrite');
	const clash = await tx.objectStore('participant').index('byStudyCode').get([study.id, participant.code]);
	if (clash) {
		abortWith(tx, new DuplicateCodeError(m.storage_code_taken({ code: participant.code })));
	}
	await tx.objectStore('participant').add(participant);
	for (const visit of visits) await tx.objectStore('visit').add(visit);
	await tx.done;
	return { participant, visits };
}

/**
 * Saves an edited participant; refuses when the stored record changed since `loaded` was read.
 * A new baseline date moves the target dates of the participant's visits in the same transaction.
 */
export async function updateParticipant(
	db: HepcogDb,
	study: StudyRecord,
	loaded: ParticipantRecord,
	edited: NewParticipant
): Promise<ParticipantRecord> {
	const tx = db.transaction(['participant', 'visit'], 'readwrite');
	const participants = tx.objectStore('participant');
	const current = await participants.get(loaded.id);
	if (!current) {
		abortWith(tx, new NotFoundError(m.storage_participant_gone()));
	}
	if (current.revision !== loaded.revision) {
		abortWith(tx, new ConflictError(m.storage_participant_changed()));
	}
	const clash = await participants.index('byStudyCode').get([current.studyId, edited.code]);
	if (clash && clash.id !== current.id) {
		abortWith(tx, new DuplicateCodeError(m.storage_code_taken({ code: edited.code })));
	}
	const now = nowIso();
	const saved: ParticipantRecord = restamped(db, current, { ...current, ...edited, updatedAt: now, revision: current.revision + 1 }, now);
	await participants.put(saved);
	const visitStore = tx.objectStore('visit');
	const visits = await visitStore.index('byParticipant').getAll(current.id);
	const { changed, added } = syncVisits(visits, study.visits, saved.id, saved.baselineDate, newId, now);
	for (const visit of changed) await visitStore.put(restamped(db, visit, visit, now));
	for (const visit of added) await visitStore.add(stamped(db, visit, now));
	await tx.done;
	return saved;
}
