import type { HepcogDb } from '../db';
import { restamped, stamped } from '../installation';
import { abortWith, ConflictError, NotFoundError } from '../errors';
import { nowIso } from '../../model/ids';
import type { VisitRecord } from '../../model/records';
import type { IsoDate } from '../../model/dates';
import { m } from '../../i18n/paraglide/messages.js';

/** A participant's visits, earliest target first. */
export async function listVisits(db: HepcogDb, participantId: string): Promise<VisitRecord[]> {
	const visits = await db.getAllFromIndex('visit', 'byParticipant', participantId);
	return visits.sort((a, b) => a.targetDate.localeCompare(b.targetDate));
}

export async function getVisit(db: HepcogDb, id: string): Promise<VisitRecord | undefined> {
	return db.get('visit', id);
}

/** Records the day a visit took place (or clears it with null); refuses a stale edit. */
export async function setVisitDate(db: HepcogDb, loaded: VisitRecord, date: IsoDate | null): Promise<VisitRecord> {
	const tx = db.transaction('visit', 'readwrite');
	const current = await tx.store.get(loaded.id);
	if (!current) {
		abortWith(tx, new NotFoundError(m.storage_visit_gone()));
	}
	if (current.revision !== loaded.revision) {
		abortWith(tx, new ConflictError(m.storage_visit_changed()));
	}
	const saved: VisitRecord = restamped(db, current, { ...current, date, updatedAt: nowIso(), revision: current.revision + 1 });
	await tx.store.put(saved);
	await tx.done;
	return saved;
}
