// Every record of a study, grouped by kind: what a bundle carries, what an import merges and what
// every export format (tidy, REDCap, BIDS) is built from, in the browser and on the command line.
import type {
	EventRecord,
	NormSetRecord,
	ParticipantRecord,
	ScoreRecord,
	SessionRecord,
	StudyRecord,
	TaskRunRecord,
	TrialRecord,
	VisitRecord
} from './records';

export interface Dataset {
	study: StudyRecord[];
	participant: ParticipantRecord[];
	visit: VisitRecord[];
	session: SessionRecord[];
	taskRun: TaskRunRecord[];
	trial: TrialRecord[];
	event: EventRecord[];
	score: ScoreRecord[];
	normSet: NormSetRecord[];
}

export type DatasetKind = keyof Dataset;
export type DatasetRecord = Dataset[DatasetKind][number];

/** The kinds in the order a merge adds them: every record after the records it refers to. */
export const datasetKinds: readonly DatasetKind[] = ['study', 'normSet', 'participant', 'visit', 'session', 'taskRun', 'trial', 'event', 'score'];

export const emptyDataset = (): Dataset => ({ study: [], participant: [], visit: [], session: [], taskRun: [], trial: [], event: [], score: [], normSet: [] });

/** The key a record is stored under (norm sets by `id@version`, everything else by id). */
export function keyOf(kind: DatasetKind, record: DatasetRecord): string {
	return kind === 'normSet' ? (record as NormSetRecord).key : (record as { id: string }).id;
}

/** Each kind's references to records of other kinds (field → kind); a null reference is none. */
export const referencesOf: Readonly<Record<DatasetKind, Readonly<Record<string, DatasetKind>>>> = {
	study: {},
	normSet: {},
	participant: { studyId: 'study' },
	visit: { participantId: 'participant' },
	session: { visitId: 'visit', participantId: 'participant' },
	taskRun: { sessionId: 'session' },
	trial: { taskRunId: 'taskRun', sessionId: 'session' },
	event: { sessionId: 'session', taskRunId: 'taskRun' },
	score: { taskRunId: 'taskRun' }
};

/** Each kind in words an examiner reads. */
export const kindLabels: Readonly<Record<DatasetKind, string>> = {
	study: 'study',
	normSet: 'norm set',
	participant: 'participant',
	visit: 'visit',
	session: 'session',
	taskRun: 'task run',
	trial: 'trial',
	event: 'event',
	score: 'score'
};

export const recordCount = (dataset: Dataset) => datasetKinds.reduce((sum, kind) => sum + dataset[kind].length, 0);
