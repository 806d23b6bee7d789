// Merging data sets in memory (bundles on the command line, a preview, tests): the same plan as
// the browser import, applied to arrays instead of IndexedDB.
import { datasetKinds, emptyDataset, keyOf, type Dataset, type DatasetKind, type DatasetRecord } from './dataset';
import { planMerge, type MergeLookup, type MergePlan } from './merge-plan';

/** Looks records up in a data set held in memory. */
export function datasetLookup(dataset: Dataset): MergeLookup {
	const byKey = new Map(datasetKinds.map((kind) => [kind, new Map((dataset[kind] as DatasetRecord[]).map((r) => [keyOf(kind, r), r]))]));
	const codes = new Map(dataset.participant.map((p) => [`${p.studyId}\u0000${p.code}`, p]));
	const trials = new Map(dataset.trial.map((t) => [`${t.taskRunId}\u0000${t.seq}`, t]));
	return {
		get: async (kind, key) => byKey.get(kind)!.get(key),
		participantWithCode: async (studyId, code) => codes.get(`${studyId}\u0000${code}`),
		trialAt: async (taskRunId, seq) => trials.get(`${taskRunId}\u0000${seq}`)
	};
}

/** `base` with the plan's additions and updates applied (a new data set; `base` is not changed). */
export function applyPlan(base: Dataset, plan: MergePlan): Dataset {
	const merged = emptyDataset();
	const replaced = new Map<DatasetKind, Map<string, DatasetRecord>>(datasetKinds.map((kind) => [kind, new Map()]));
	for (const item of plan.records) if (item.outcome === 'update') replaced.get(item.kind)!.set(item.key, item.record);
	for (const kind of datasetKinds) {
		const list = merged[kind] as DatasetRecord[];
		for (const record of base[kind] as DatasetRecord[]) list.push(replaced.get(kind)!.get(keyOf(kind, record)) ?? record);
	}
	for (const item of plan.records) if (item.outcome === 'add') (merged[item.kind] as DatasetRecord[]).push(item.record);
	return merged;
}

/** Merges `incoming` into `base` by the import rule; conflicts keep `base`'s version and are listed. */
export async function mergeDatasets(base: Dataset, incoming: Dataset): Promise<{ merged: Dataset; plan: MergePlan }> {
	const plan = await planMerge(incoming, datasetLookup(base));
	return { merged: applyPlan(base, plan), plan };
}

/** Records sorted by kind and key, so two data sets with the same records compare equal. */
export function sortedDataset(dataset: Dataset): Dataset {
	const sorted = emptyDataset();
	for (const kind of datasetKinds) {
		(sorted[kind] as DatasetRecord[]) = [...(dataset[kind] as DatasetRecord[])].sort((a, b) => keyOf(kind, a).localeCompare(keyOf(kind, b)));
	}
	return sorted;
}
