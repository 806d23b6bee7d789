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

/** A record as a reason names it: its kind and key, a participant's code, a trial's position. */
export interface RecordRef {
	kind: DatasetKind;
	key: string;
	code?: string;
	seq?: number;
	taskRunId?: string;
}

/** Why a record conflicts or is held back, as data, so a screen can word it in its own language. */
export type MergeReason =
	| { code: 'changed_on_two_laptops'; record: RecordRef }
	| { code: 'missing_reference'; record: RecordRef; missing: { kind: DatasetKind; key: string } }
	| { code: 'participant_code_taken'; participantCode: string; holderId: string; key: string }
	| { code: 'trial_position_taken'; seq: number; taskRunId: string };

export interface PlannedRecord {
	kind: DatasetKind;
	key: string;
	outcome: PlannedOutcome;
	/** Why a record conflicts or is held back, in English words (the command line prints these). */
	reason: string | null;
	/** The same reason as data. */
	why: MergeReason | null;
	record: DatasetRecord;
}

export interface MergePlan {
	records: PlannedRecord[];
	counts: Record<PlannedOutcome, number>;
}

function refOf(kind: DatasetKind, record: DatasetRecord): RecordRef {
	const key = keyOf(kind, record);
	if (kind === 'participant') return { kind, key, code: (record as ParticipantRecord).code };
	if (kind === 'trial') return { kind, key, seq: (record as TrialRecord).seq, taskRunId: (record as TrialRecord).taskRunId };
	return { kind, key };
}

function describeRecord(ref: RecordRef): string {
	if (ref.kind === 'participant') return `participant ${ref.code}`;
	if (ref.kind === 'trial') return `trial ${ref.seq} of task run ${ref.taskRunId}`;
	return `${kindLabels[ref.kind]} ${ref.key}`;
}

/** A reason in English words. */
export function mergeReasonText(why: MergeReason): string {
	switch (why.code) {
		case 'changed_on_two_laptops':
			return `${describeRecord(why.record)} was changed on two laptops; the stored version is kept.`;
		case 'missing_reference':
			return `${describeRecord(why.record)} refers to ${kindLabels[why.missing.kind]} ${why.missing.key}, which is neither stored nor added.`;
		case 'participant_code_taken':
			return `participant code ${why.participantCode} is already used by another participant (${why.holderId}); this one (${why.key}) is not added.`;
		case 'trial_position_taken':
			return `trial ${why.seq} of task run ${why.taskRunId} is already stored under another id; this one is not added.`;
	}
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
			let why: MergeReason | null = outcome === 'conflict' ? { code: 'changed_on_two_laptops', record: refOf(kind, record) } : null;
			if (outcome === 'add' || outcome === 'update') {
				const missing = await missingReference(kind, record, exists);
				const clash = missing ? null : await uniqueClash(kind, record, key, lookup, incoming);
				if (missing) [outcome, why] = ['held_back', { code: 'missing_reference', record: refOf(kind, record), missing }];
				else if (clash) [outcome, why] = ['conflict', clash];
			}
			if (!planned.get(kind)!.has(key)) planned.get(kind)!.set(key, stored !== undefined || outcome === 'add' || outcome === 'update');
			records.push({ kind, key, outcome, reason: why ? mergeReasonText(why) : null, why, record });
		}
	}
	const counts = { add: 0, same: 0, update: 0, older: 0, conflict: 0, held_back: 0 };
	for (const { outcome } of records) counts[outcome]++;
	return { records, counts };
}

async function missingReference(kind: DatasetKind, record: DatasetRecord, exists: (kind: DatasetKind, key: string) => Promise<boolean>): Promise<{ kind: DatasetKind; key: string } | null> {
	for (const [field, parentKind] of Object.entries(referencesOf[kind])) {
		const key = (record as unknown as Record<string, unknown>)[field];
		if (typeof key === 'string' && !(await exists(parentKind, key))) return { kind: parentKind, key };
	}
	return null;
}

/** A unique rule the record would break: a participant code or a trial position taken by another record. */
async function uniqueClash(kind: DatasetKind, record: DatasetRecord, key: string, lookup: MergeLookup, incoming: Dataset): Promise<MergeReason | null> {
	if (kind === 'participant') {
		const { studyId, code } = record as ParticipantRecord;
		const holder = (await lookup.participantWithCode(studyId, code)) ?? incoming.participant.find((p) => p.studyId === studyId && p.code === code && p.id < key);
		if (holder && holder.id !== key) return { code: 'participant_code_taken', participantCode: code, holderId: holder.id, key };
	}
	if (kind === 'trial') {
		const { taskRunId, seq } = record as TrialRecord;
		const holder = await lookup.trialAt(taskRunId, seq);
		if (holder && holder.id !== key) return { code: 'trial_position_taken', seq, taskRunId };
	}
	return null;
}
