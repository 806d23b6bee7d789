// The import page's steps: read the chosen files as bundles, put several into one data set,
// and say what an import plan does per kind of record, in words an examiner reads.
import { parseBundle } from '../export/bundle/bundle';
import { datasetKinds, type Dataset, type DatasetKind } from '../model/dataset';
import { mergeDatasets } from '../model/dataset-merge';
import type { MergePlan, PlannedOutcome } from '../model/merge-plan';

export interface ChosenFile {
	name: string;
	text: string;
}

/** One file as read: a study file carries only the study (and its norm sets), a data bundle records. */
export interface ReadFile {
	name: string;
	kind: 'study file' | 'data bundle';
	studyName: string;
	records: number;
}

/** A reason the import lists: a conflict or a record held back. */
export interface ListedRecord {
	outcome: 'conflict' | 'held_back';
	reason: string;
}

export type ReadBundles =
	| { ok: true; dataset: Dataset; files: ReadFile[]; betweenFiles: ListedRecord[] }
	| { ok: false; problems: { name: string; message: string }[] };

const recordTotal = (dataset: Dataset) => datasetKinds.reduce((sum, kind) => sum + dataset[kind].length, 0);

/**
 * Parses every file; one refused file refuses the whole choice (nothing is imported). Several
 * files of one study are merged in memory by the import rule, so one plan and one transaction
 * cover them all; records that disagree between the files are listed, the first file's kept.
 */
export async function readBundleFiles(chosen: readonly ChosenFile[]): Promise<ReadBundles> {
	const parsed = chosen.map((file) => ({ file, result: parseBundle(file.text) }));
	const problems = parsed.flatMap(({ file, result }) => (result.ok ? [] : [{ name: file.name, message: result.message }]));
	if (problems.length > 0 || parsed.length === 0) return { ok: false, problems };
	const bundles = parsed.map(({ file, result }) => ({ name: file.name, ...(result as Extract<typeof result, { ok: true }>).bundle }));

	const studies = new Map<string, { name: string; file: string }>();
	for (const bundle of bundles) for (const study of bundle.records.study) if (!studies.has(study.id)) studies.set(study.id, { name: study.name, file: bundle.name });
	if (studies.size > 1) {
		const list = [...studies.values()].map((s) => `“${s.name}” (in ${s.file})`).join(', ');
		return { ok: false, problems: [{ name: bundles.map((b) => b.name).join(', '), message: `These files belong to different studies: ${list}. Import the files of one study only.` }] };
	}

	let dataset = bundles[0]!.records;
	const betweenFiles: ListedRecord[] = [];
	for (const bundle of bundles.slice(1)) {
		const { merged, plan } = await mergeDatasets(dataset, bundle.records);
		dataset = merged;
		for (const item of listedRecords(plan)) betweenFiles.push({ ...item, reason: `${bundle.name}: ${item.reason}` });
	}
	const files: ReadFile[] = bundles.map(({ name, kind, records }) => ({
		name,
		kind: kind === 'study' ? 'study file' : 'data bundle',
		studyName: records.study[0]?.name ?? '—',
		records: recordTotal(records)
	}));
	return { ok: true, dataset, files, betweenFiles };
}

export const kindLabels: Readonly<Record<DatasetKind, string>> = {
	study: 'Study',
	normSet: 'Norm sets',
	participant: 'Participants',
	visit: 'Visits',
	session: 'Sessions',
	taskRun: 'Task runs',
	trial: 'Trials',
	event: 'Events',
	score: 'Scores'
};

/** Per kind of record: how many are new, updated, skipped (same or older here), in conflict, held back. */
export interface KindCounts {
	kind: DatasetKind;
	label: string;
	added: number;
	updated: number;
	skipped: number;
	conflicts: number;
	heldBack: number;
}

const column: Record<PlannedOutcome, keyof Omit<KindCounts, 'kind' | 'label'>> = {
	add: 'added',
	update: 'updated',
	same: 'skipped',
	older: 'skipped',
	conflict: 'conflicts',
	held_back: 'heldBack'
};

/** The plan's counts per kind, in the order records are merged; kinds the files do not carry are left out. */
export function countsByKind(plan: MergePlan): KindCounts[] {
	const rows = new Map<DatasetKind, KindCounts>();
	for (const { kind, outcome } of plan.records) {
		const row = rows.get(kind) ?? { kind, label: kindLabels[kind], added: 0, updated: 0, skipped: 0, conflicts: 0, heldBack: 0 };
		row[column[outcome]]++;
		rows.set(kind, row);
	}
	return datasetKinds.flatMap((kind) => rows.get(kind) ?? []);
}

/** The records the import leaves out and why. */
export function listedRecords(plan: MergePlan): ListedRecord[] {
	return plan.records.flatMap(({ outcome, reason }) =>
		outcome === 'conflict' || outcome === 'held_back' ? [{ outcome, reason: reason ?? 'No reason was given.' }] : []
	);
}

/** True when importing changes nothing (every record is already here, or older). */
export const changesNothing = (plan: MergePlan) => plan.counts.add === 0 && plan.counts.update === 0;
