// The plan for merging a data set into what is stored: per record add, skip, update, conflict or
// hold back. Pure over a lookup, so the browser import (IndexedDB, one transaction) and the
// command-line merge (bundles in memory) decide every record by the same rule.
import { datasetKinds, keyOf, kindLabels, referencesOf, type Dataset, type DatasetKind, type DatasetRecord } from './dataset';
import { mergeOutcome, type MergeOutcome } from './record-merge';
import type { ParticipantRecord, TrialRecord, Written } from './records';

/** What is stored already, asked record by record. */
export interface MergeLookup {
	get(kind: DatasetKind, key: string): Promise<DatasetRecord | undefined>;
	/** The participant holding a study's code, if any (codes are unique in a study). */
	participantWithCode(studyId: string, code: string): Promise<{ id: string } | undefined>;
	/** The trial at a position of a task run, if any (one trial per position). */
	trialAt(taskRunId: string, seq: number): Promise<{ id: string } | undefined>;
}

export type PlannedOutcome = MergeOutcome | 'held_back';

export interface PlannedRecord {
	kind: DatasetKind;
	key: string;
	outcome: PlannedOutcome;
	/** Why a record conflicts or is held back, in words an examiner reads. */
	reason: string | null;
	record: DatasetRecord;
}

export interface MergePlan {
	records: PlannedRecord[];
	counts: Record<PlannedOutcome, number>;
}

function describeRecord(kind: DatasetKind, record: DatasetRecord): string {
	if (kind === 'participant') return `participant ${(record as ParticipantRecord).code}`;
	if (kind === 'trial') return `trial ${(record as TrialRecord).seq} of task run ${(record as TrialRecord).taskRunId}`;
	return `${kindLabels[kind]} ${keyOf(kind, record)}`;
}

/** Decides every incoming record against what `lookup` holds; parents are decided before children. */
export async function planMerge(incoming: Dataset, lookup: MergeLookup): Promise<MergePlan> {
	const records: PlannedRecord[] = [];
	// Per kind, whether an incoming key exists once the plan is applied (stored, added or updated).
	const planned = new Map<DatasetKind, Map<string, boolean>>(datasetKinds.map((kind) => [kind, new Map()]));
	const exists = async (kind: DatasetKind, key: string) => planned.get(kind)!.get(key) ?? (await lookup.get(kind, key)) !== undefined;
	for (const kind of datasetKinds) {
		for (const record of incoming[kind] as DatasetRecord[]) {
			const key = keyOf(kind, record);
			const stored = (await lookup.get(kind, key)) as Written | undefined;
			let outcome: PlannedOutcome = mergeOutcome(stored, record);
			let reason: string | null = outcome === 'conflict' ? `${describeRecord(kind, record)} was changed on two laptops; the stored version is kept.` : null;
			if (outcome === 'add' || outcome === 'update') {
				const missing = await missingReference(kind, record, exists);
				const clash = missing ? null : await uniqueClash(kind, record, key, lookup, incoming);
				if (missing) [outcome, reason] = ['held_back', `${describeRecord(kind, record)} refers to ${missing}, which is neither stored nor added.`];
				else if (clash) [outcome, reason] = ['conflict', clash];
			}
			if (!planned.get(kind)!.has(key)) planned.get(kind)!.set(key, stored !== undefined || outcome === 'add' || outcome === 'update');
			records.push({ kind, key, outcome, reason, record });
		}
	}
	const counts = { add: 0, same: 0, update: 0, older: 0, conflict: 0, held_back: 0 };
	for (const { outcome } of records) counts[outcome]++;
	return { records, counts };
}

async function missingReference(kind: DatasetKind, record: DatasetRecord, exists: (kind: DatasetKind, key: string) => Promise<boolean>): Promise<string | null> {
	for (const [field, parentKind] of Object.entries(referencesOf[kind])) {
		const key = (record as unknown as Record<string, unknown>)[field];
		if (typeof key === 'string' && !(await exists(parentKind, key))) return `${kindLabels[parentKind]} ${key}`;
	}
	return null;
}

/** A unique rule the record would break: a participant code or a trial position taken by another record. */
async function uniqueClash(kind: DatasetKind, record: DatasetRecord, key: string, lookup: MergeLookup, incoming: Dataset): Promise<string | null> {
	if (kind === 'participant') {
		const { studyId, code } = record as ParticipantRecord;
		const holder = (await lookup.participantWithCode(studyId, code)) ?? incoming.participant.find((p) => p.studyId === studyId && p.code === code && p.id < key);
		if (holder && holder.id !== key) return `participant code ${code} is already used by another participant (${holder.id}); this one (${key}) is not added.`;
	}
	if (kind === 'trial') {
		const { taskRunId, seq } = record as TrialRecord;
		const holder = await lookup.trialAt(taskRunId, seq);
		if (holder && holder.id !== key) return `trial ${seq} of task run ${taskRunId} is already stored under another id; this one is not added.`;
	}
	return null;
}
