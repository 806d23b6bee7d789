import type { HepcogDb } from '../db';
import { abortWith } from '../errors';
import { datasetKinds, emptyDataset, type Dataset, type DatasetKind, type DatasetRecord } from '../../model/dataset';
import { planMerge, type MergeLookup, type MergePlan } from '../../model/merge-plan';
import type { StudyRecord } from '../../model/records';
import { m } from '../../i18n/paraglide/messages.js';

/** Every record of the database, for an export or a bundle. */
export async function readDataset(db: HepcogDb): Promise<Dataset> {
	const tx = db.transaction([...datasetKinds], 'readonly');
	const dataset = emptyDataset();
	for (const kind of datasetKinds) (dataset[kind] as DatasetRecord[]) = (await tx.objectStore(kind).getAll()) as DatasetRecord[];
	await tx.done;
	return dataset;
}

/** A bundle of another study, refused before anything is written. */
export class WrongStudyError extends Error {
	override name = 'WrongStudyError';
}

export interface ImportPlan extends MergePlan {
	/** This laptop's study had no participants yet: the bundle's study replaces it. */
	adoptsStudy: StudyRecord | null;
}

type AnyTx = ReturnType<HepcogDb['transaction']>;

/** What importing `incoming` would add, skip, update and list as conflicts; writes nothing. */
export async function previewImport(db: HepcogDb, incoming: Dataset): Promise<ImportPlan> {
	const tx = db.transaction([...datasetKinds], 'readonly');
	const plan = await planFor(tx, incoming);
	await tx.done;
	return plan;
}

/**
 * Merges `incoming` into the database in one transaction: new records added, later versions
 * replace earlier ones, conflicts and records whose parents are missing are left out and listed.
 * A bundle of another study is refused and nothing is written.
 */
export async function importDataset(db: HepcogDb, incoming: Dataset): Promise<ImportPlan> {
	const tx = db.transaction([...datasetKinds], 'readwrite');
	let plan: ImportPlan;
	try {
		plan = await planFor(tx, incoming);
	} catch (error) {
		abortWith(tx, error as Error);
	}
	if (plan.adoptsStudy) await tx.objectStore('study').delete(plan.adoptsStudy.id);
	for (const { kind, outcome, record } of plan.records) {
		if (outcome === 'add') await tx.objectStore(kind).add(record as never);
		else if (outcome === 'update') await tx.objectStore(kind).put(record as never);
	}
	await tx.done;
	return plan;
}

async function planFor(tx: AnyTx, incoming: Dataset): Promise<ImportPlan> {
	const adoptsStudy = await studyCheck(tx, incoming);
	const lookup: MergeLookup = {
		get: async (kind: DatasetKind, key: string) => (await tx.objectStore(kind).get(key)) as DatasetRecord | undefined,
		participantWithCode: (studyId, code) => tx.objectStore('participant').index('byStudyCode').get([studyId, code]),
		trialAt: (taskRunId, seq) => tx.objectStore('trial').index('byTaskRunSeq').get([taskRunId, seq])
	};
	return { ...(await planMerge(incoming, lookup)), adoptsStudy };
}

/**
 * The bundle must be of this laptop's study. A laptop whose study has no participants yet (a
 * new installation) takes the bundle's study instead: that is how a study file sets it up.
 */
async function studyCheck(tx: AnyTx, incoming: Dataset): Promise<StudyRecord | null> {
	const [theirs] = incoming.study;
	const ours = await tx.objectStore('study').getAll();
	if (!theirs || ours.length === 0 || ours.some((study) => study.id === theirs.id)) return null;
	const [local] = ours;
	const participants = await tx.objectStore('participant').index('byStudy').count(local!.id);
	if (ours.length === 1 && participants === 0) return local!;
	throw new WrongStudyError(m.storage_wrong_study({ theirs: theirs.name, theirsId: theirs.id, ours: local!.name, oursId: local!.id }));
}
