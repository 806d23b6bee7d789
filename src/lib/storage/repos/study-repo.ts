import type { HepcogDb } from '../db';
import { restamped, stamped } from '../installation';
import { abortWith, ConflictError } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { StudyRecord, Written } from '../../model/records';
import { defaultStudy } from '../../study/study-defaults';
import { syncVisits } from '../../study/visit-plan';
import { m } from '../../i18n/paraglide/messages.js';

/** The database's study (one per database for now), created with the defaults on first use. */
export async function ensureStudy(db: HepcogDb): Promise<StudyRecord> {
	const tx = db.transaction('study', 'readwrite');
	const existing = await tx.store.getAll();
	const first = existing.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
	if (first) {
		await tx.done;
		return first;
	}
	const study = stamped(db, defaultStudy(newId, nowIso()));
	await tx.store.add(study);
	await tx.done;
	return study;
}

export type StudySettings = Omit<StudyRecord, 'id' | 'createdAt' | 'updatedAt' | 'revision' | keyof Written>;

/**
 * Saves edited settings; refuses when the stored study changed since `loaded` was read. Every
 * participant's visits follow the new plan in the same transaction (held dates are kept).
 */
export async function saveStudy(db: HepcogDb, loaded: StudyRecord, edited: StudySettings): Promise<StudyRecord> {
	const tx = db.transaction(['study', 'participant', 'visit'], 'readwrite');
	const current = await tx.objectStore('study').get(loaded.id);
	if (!current || current.revision !== loaded.revision) {
		abortWith(tx, new ConflictError(m.storage_study_changed()));
	}
	const now = nowIso();
	const saved: StudyRecord = restamped(db, current, { ...current, ...edited, id: loaded.id, createdAt: loaded.createdAt, updatedAt: now, revision: current.revision + 1 }, now);
	await tx.objectStore('study').put(saved);
	const visitStore = tx.objectStore('visit');
	for (const participant of await tx.objectStore('participant').index('byStudy').getAll(saved.id)) {
		const visits = await visitStore.index('byParticipant').getAll(participant.id);
		const { changed, added } = syncVisits(visits, saved.visits, participant.id, participant.baselineDate, newId, now);
		for (const visit of changed) await visitStore.put(restamped(db, visit, visit, now));
		for (const visit of added) await visitStore.add(stamped(db, visit, now));
	}
	await tx.done;
	return saved;
}

export async function getStudy(db: HepcogDb, id: string): Promise<StudyRecord | undefined> {
	return db.get('study', id);
}
