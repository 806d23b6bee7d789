// The shape of every stored record (design.md › Data model). Ids are random UUIDs so records made
// on several laptops never collide; times are ISO 8601 with offset; dates YYYY-MM-DD.
import type { IsoDate } from './dates';
import type { EducationLevel } from './education-levels';

export type Id = string;
export type IsoDateTime = string;

export interface StudyVisitPlan {
	id: Id;
	name: string;
	targetDay: number;
}

/** What an arm is for; the local norms builder finds healthy controls by this, never by name. */
export type ArmRole = 'intervention' | 'comparator' | 'healthy_control';
export const armRoles: readonly ArmRole[] = ['intervention', 'comparator', 'healthy_control'];

export interface StudyArm {
	id: Id;
	name: string;
	role: ArmRole;
}

/** This laptop's browser profile: made once, by the first start of schema version 2. */
export interface InstallationRecord {
	id: Id;
	createdAt: IsoDateTime;
}

/**
 * Every stored record says which installation (laptop) last wrote it and when, and which earlier
 * versions (`installationId@writtenAt`) it replaced: a merge tells a later edit of the same record
 * from an edit made on two laptops by that lineage, never by clocks alone.
 */
export interface Written {
	installationId: Id;
	writtenAt: IsoDateTime;
	supersedes: string[];
}

export interface StudyRecord extends Written {
	id: Id;
	name: string;
	visits: StudyVisitPlan[];
	arms: StudyArm[];
	sites: string[];
	examiners: string[];
	minAgeYears: number;
	/** The norm sets new results are scored with (`id@version`); null scores nothing. */
	phesNormSetKey: string | null;
	stroopNormSetKey: string | null;
	/** REDCap export: each study visit's unique event name (by visit id); a missing one is derived from the visit's name. */
	redcapEventNames: Record<Id, string>;
	/** REDCap export: each site's data access group; a missing one is derived from the site's name. */
	redcapDataAccessGroups: Record<string, string>;
	createdAt: IsoDateTime;
	updatedAt: IsoDateTime;
	/** Incremented by every save; an edit based on an older revision is refused. */
	revision: number;
}

export type Sex = 'm' | 'f';
export type Handedness = 'right' | 'left' | 'ambidextrous';
export type TestLanguage = 'en' | 'id';
export type ColourVisionMethod = 'ishihara' | 'other' | 'not_done';
export type ColourVisionResult = 'pass' | 'fail' | 'not_done';

export interface ParticipantRecord extends Written {
	id: Id;
	studyId: Id;
	/** Pseudonymous code, unique in the study; letters, digits, '-' and '_' only. */
	code: string;
	birthDate: IsoDate | null;
	birthYear: number | null;
	sex: Sex;
	educationYears: number;
	educationLevel: EducationLevel;
	handedness: Handedness;
	armId: Id;
	site: string;
	testLanguage: TestLanguage;
	colourVisionMethod: ColourVisionMethod;
	colourVisionResult: ColourVisionResult;
	baselineDate: IsoDate;
	createdAt: IsoDateTime;
	updatedAt: IsoDateTime;
	/** Incremented by every save; an edit based on an older revision is refused. */
	revision: number;
}

/** A participant as the examiner enters them: the stored record without what the app adds. */
export type NewParticipant = Omit<ParticipantRecord, 'id' | 'studyId' | 'createdAt' | 'updatedAt' | 'revision' | keyof Written>;

export interface VisitRecord extends Written {
	id: Id;
	participantId: Id;
	studyVisitId: Id;
	name: string;
	targetDate: IsoDate;
	/** The day the visit actually took place; null while it is only planned. */
	date: IsoDate | null;
	createdAt: IsoDateTime;
	updatedAt: IsoDateTime;
	/** Incremented by every save; an edit based on an older revision is refused. */
	revision: number;
}

export type SessionStatus = 'in_progress' | 'complete' | 'interrupted' | 'abandoned';

export interface SessionRecord extends Written {
	id: Id;
	visitId: Id;
	participantId: Id;
	battery: string;
	examiner: string;
	status: SessionStatus;
	startedAt: IsoDateTime;
	endedAt: IsoDateTime | null;
	/** Device, browser, build, timing method, cross-origin isolation, refresh rate… */
	provenance: Record<string, string | number | boolean | null>;
}

export type TaskRunStatus = 'in_progress' | 'complete' | 'interrupted' | 'aborted';
export type Administration = 'digital' | 'paper';

export interface TaskRunRecord extends Written {
	id: Id;
	sessionId: Id;
	task: string;
	administration: Administration;
	formId: string;
	seed: number;
	parameters: Record<string, string | number | boolean>;
	status: TaskRunStatus;
	startedAt: IsoDateTime;
	endedAt: IsoDateTime | null;
	/** The task's declared summary columns, once it completes. */
	summary: Record<string, CellValue> | null;
}

export type CellValue = string | number | boolean | null;

export interface TrialRecord extends Written {
	id: Id;
	taskRunId: Id;
	sessionId: Id;
	/** Order of the trial within its task run, from 0; unique per task run. */
	seq: number;
	/** Exactly the task's declared trial columns. */
	values: Record<string, CellValue>;
	/** Timing-quality flags (anticipation, dropped_frames, interrupted, …); never a rejection. */
	flags: string[];
	/** Animation-frame timestamps from the frame before onset to the frame after the response. */
	frameTimesMs: number[];
}

export interface EventRecord extends Written {
	id: Id;
	sessionId: Id;
	taskRunId: Id | null;
	/** The trial the event fell in, if any. */
	trialSeq: number | null;
	type: string;
	/** On the page's performance.now() time base. */
	timeStampMs: number;
	at: IsoDateTime;
	detail: Record<string, CellValue>;
}

export interface ScoreRecord extends Written {
	id: Id;
	taskRunId: Id;
	test: 'phes' | 'stroop';
	normSetId: string;
	normSetVersion: number;
	normSetChecksum: string;
	covariates: Record<string, CellValue>;
	values: Record<string, CellValue>;
	/** Per scored value, its thresholds at −3…+3 SD on the raw scale (regression norms only). */
	thresholds: Record<string, number[]>;
	flags: string[];
	/** Why no score could be given (e.g. a missing covariate); null when scored. */
	refusal: string | null;
	createdAt: IsoDateTime;
	/** Set when a later scoring replaced this one; kept as history. */
	supersededAt: IsoDateTime | null;
}

/** A score as scoring makes it; storage adds the id, the time and the history mark. */
export type NewScore = Omit<ScoreRecord, 'id' | 'createdAt' | 'supersededAt' | keyof Written>;

export interface NormSetRecord extends Written {
	/** `${normSetId}@${version}` */
	key: string;
	normSetId: string;
	version: number;
	checksum: string;
	definition: unknown;
	savedAt: IsoDateTime;
}

/** `id@version`, the key a norm set is stored and chosen by. */
export const normSetKey = (id: string, version: number) => `${id}@${version}`;

/** A record as upper layers build it; storage adds the writing installation. */
export type Unstamped<T> = Omit<T, keyof Written>;

/** The name of one written version of a record. */
export const versionStamp = (record: Pick<Written, 'installationId' | 'writtenAt'>) => `${record.installationId}@${record.writtenAt}`;
