// The study file: the study's settings and ids (and the norm sets it scores with) for setting up
// another laptop of the same study.
import type { HepcogDb } from '../storage/db';
import { listStoredNormSets } from '../storage/repos/norm-set-repo';
import { studyFileOf } from '../export/bundle/bundle';
import { emptyDataset } from '../model/dataset';
import { nowIso } from '../model/ids';
import type { StudyRecord } from '../model/records';
import { exportBaseName } from './export-run';

export async function studyFile(db: HepcogDb, study: StudyRecord, app: { version: string; commit: string }, now = new Date()): Promise<{ fileName: string; text: string }> {
	const dataset = { ...emptyDataset(), study: [study], normSet: await listStoredNormSets(db) };
	const exportedAt = nowIso(now);
	const text = studyFileOf(dataset, { app, exportedAt, exportId: crypto.randomUUID() });
	return { fileName: `${exportBaseName(dataset, exportedAt)}-study.json`, text };
}
