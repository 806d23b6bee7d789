// The import page's steps: read the chosen files as bundles, put several into one data set,
// and say what an import plan does per kind of record, in words an examiner reads.
import { mergeBundleFiles } from '../export/bundle/merge-bundles';
import { datasetKinds, type Dataset, type DatasetKind } from '../model/dataset';
import type { MergePlan, PlannedOutcome } from '../model/merge-plan';
import { m } from '../i18n/paraglide/messages.js';
import { mergeReasonWords } from './merge-reason-words';

export interface ChosenFile {
	name: string;
	text: string;
}

/** One file as read: a study file carries only the study (and its norm sets), a data bundle records. */
export interface ReadFile {
	name: string;
	/** What the file is (a code; the page words it in the UI language). */
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

/**
 * Parses every file; one refused file refuses the whole choice (nothing is imported). Several
 * files of one study are merged in memory by the import rule, so one plan and one transaction
 * cover them all; records that disagree between the files are listed, the first file's kept.
 */
export async function readBundleFiles(chosen: readonly ChosenFile[]): Promise<ReadBundles> {
	const read = await mergeBundleFiles(chosen.map(({ name, text }) => ({ name, read: () => text })));
	if (!read.ok) return read;
	const files = read.files.map((file): ReadFile => ({ ...file, kind: file.kind === 'study' ? 'study file' : 'data bundle' }));
	const betweenFiles = read.unmerged.map(({ file, outcome, reason, why }): ListedRecord => ({ outcome, reason: `${file}: ${why ? mergeReasonWords(why) : reason}` }));
	return { ok: true, dataset: read.dataset, files, betweenFiles };
}

// Column headings of the counts table (plural, capitalised), not the record names of messages;
// getters, so each is read in the UI language when the table is made.
const kindHeadings: Readonly<Record<DatasetKind, string>> = {
	get study() { return m.import_kind_study(); },
	get normSet() { return m.import_kind_norm_set(); },
	get participant() { return m.import_kind_participant(); },
	get visit() { return m.import_kind_visit(); },
	get session() { return m.import_kind_session(); },
	get taskRun() { return m.import_kind_task_run(); },
	get trial() { return m.import_kind_trial(); },
	get event() { return m.import_kind_event(); },
	get score() { return m.import_kind_score(); }
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
		const row = rows.get(kind) ?? { kind, label: kindHeadings[kind], added: 0, updated: 0, skipped: 0, conflicts: 0, heldBack: 0 };
		row[column[outcome]]++;
		rows.set(kind, row);
	}
	return datasetKinds.flatMap((kind) => rows.get(kind) ?? []);
}

/** The records the import leaves out and why. */
export function listedRecords(plan: MergePlan): ListedRecord[] {
	return plan.records.flatMap(({ outcome, why }) =>
		outcome === 'conflict' || outcome === 'held_back' ? [{ outcome, reason: why ? mergeReasonWords(why) : m.import_no_reason() }] : []
	);
}

/** True when importing changes nothing (every record is already here, or older). */
export const changesNothing = (plan: MergePlan) => plan.counts.add === 0 && plan.counts.update === 0;
