import type { DBSchema } from 'idb';
import type {
	EventRecord,
	InstallationRecord,
	NormSetRecord,
	ParticipantRecord,
	ScoreRecord,
	SessionRecord,
	StudyRecord,
	TaskRunRecord,
	TrialRecord,
	VisitRecord
} from '../model/records';

export const DB_NAME = 'hepcog';

/** The database as the newest migration leaves it. */
export interface HepcogSchema extends DBSchema {
	study: { key: string; value: StudyRecord };
	participant: {
		key: string;
		value: ParticipantRecord;
		indexes: { byStudy: string; byStudyCode: [string, string] };
	};
	visit: { key: string; value: VisitRecord; indexes: { byParticipant: string } };
	session: {
		key: string;
		value: SessionRecord;
		indexes: { byVisit: string; byParticipant: string; byStatus: string };
	};
	taskRun: { key: string; value: TaskRunRecord; indexes: { bySession: string } };
	trial: {
		key: string;
		value: TrialRecord;
		indexes: { byTaskRun: string; byTaskRunSeq: [string, number]; bySession: string };
	};
	event: { key: string; value: EventRecord; indexes: { bySession: string } };
	score: { key: string; value: ScoreRecord; indexes: { byTaskRun: string } };
	normSet: { key: string; value: NormSetRecord; indexes: { byNormSetId: string } };
	installation: { key: string; value: InstallationRecord };
}

export type StoreName = 'study' | 'participant' | 'visit' | 'session' | 'taskRun' | 'trial' | 'event' | 'score' | 'normSet' | 'installation';

export const storeNames: readonly StoreName[] = [
	'study',
	'participant',
	'visit',
	'session',
	'taskRun',
	'trial',
	'event',
	'score',
	'normSet',
	'installation'
];
