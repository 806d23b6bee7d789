import type { IDBPObjectStore, StoreNames } from 'idb';
import type { HepcogDb } from '../db';
import type { HepcogSchema } from '../schema';
import { restamped, stamped } from '../installation';
import { commit } from '../errors';
import { newId, nowIso } from '../../model/ids';
import type { NewScore, ScoreRecord } from '../../model/records';

/**
 * Stores a task run's new score. Its earlier current score of the same test is kept as history,
 * marked superseded — never overwritten.
 */
export async function saveScore(db: HepcogDb, score: NewScore): Promise<ScoreRecord> {
	const tx = db.transaction('score', 'readwrite');
	return commit(tx, () => addScoreIn(db, tx.store, score, nowIso()));
}

/** Within a caller's transaction: adds the score, marking the run's earlier current score of the same test superseded. */
export async function addScoreIn<Tx extends ArrayLike<StoreNames<HepcogSchema>>>(
	db: HepcogDb,
	store: IDBPObjectStore<HepcogSchema, Tx, 'score', 'readwrite'>,
	score: NewScore,
	now: string
): Promise<ScoreRecord> {
	const saved: ScoreRecord = stamped(db, { ...score, id: newId(), createdAt: now, supersededAt: null }, now);
	const earlier = await store.index('byTaskRun').getAll(score.taskRunId);
	for (const old of earlier.filter((s) => s.supersededAt === null && s.test === score.test)) {
		await store.put(restamped(db, old, { ...old, supersededAt: now }, now));
	}
	await store.add(saved);
	return saved;
}

/** A task run's scores, the current one first, then the history newest first. */
export async function listScores(db: HepcogDb, taskRunId: string): Promise<ScoreRecord[]> {
	const scores = await db.getAllFromIndex('score', 'byTaskRun', taskRunId);
	return scores.sort((a, b) => Number(a.supersededAt !== null) - Number(b.supersededAt !== null) || b.createdAt.localeCompare(a.createdAt));
}
