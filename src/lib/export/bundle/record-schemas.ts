// What a bundle may hold, record kind by record kind (model/records.ts), as zod schemas: every
// field of the model and nothing else, ids and texts of bounded length, finite numbers, known
// values for every enumerated field, and cells (values, detail, summary, provenance) of plain
// scalars only. Each schema is typed against its model record, so a change to the model that is
// not made here fails the type check. No schema transforms or defaults: a record that passes is
// used as it was read.
import { z } from 'zod';
import type { DatasetKind } from '../../model/dataset';
import { isIsoDate } from '../../model/dates';
import { educationLevelCodes } from '../../model/education-levels';
import {
	armRoles,
	type EventRecord,
	type NormSetRecord,
	type ParticipantRecord,
	type ScoreRecord,
	type SessionRecord,
	type StudyRecord,
	type TaskRunRecord,
	type TrialRecord,
	type VisitRecord
} from '../../model/records';
import { normSetSchema } from '../../scoring/norm-sets/norm-set';

/** Ids, keys, codes, names of things: at most this many characters. */
export const maxIdLength = 200;
/** Free text typed by an examiner (names, notes): at most this many characters. */
const maxTextLength = 10_000;
/** One text cell: raw pointer samples of a stored batch are the longest (a few kB; 1 MB is far beyond any). */
const maxCellLength = 1_000_000;
/** Entries of one cell map (values, detail, summary, provenance, parameters). */
const maxCells = 500;
/** Elements of one list (frame times of a trial, sites, flags…). */
const maxListLength = 100_000;

const id = z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }).max(maxIdLength, { error: `must be at most ${maxIdLength} characters` });
const shortText = z.string({ error: 'must be text' }).max(maxIdLength, { error: `must be at most ${maxIdLength} characters` });
const text = z.string({ error: 'must be text' }).max(maxTextLength, { error: `must be at most ${maxTextLength} characters` });
const isoDateTime = z
	.string({ error: 'must be a date and time' })
	.max(40, { error: 'must be a date and time such as 2026-02-02T09:00:00.000+07:00' })
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, { error: 'must be a date and time with its UTC offset, such as 2026-02-02T09:00:00.000+07:00' });
const isoDate = z.string({ error: 'must be a date' }).max(10, { error: 'must be a date (YYYY-MM-DD)' }).refine(isIsoDate, { error: 'must be a real date (YYYY-MM-DD)' });
const finite = z.number({ error: 'must be a finite number' });
const count = finite.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'must be a list' }).max(maxListLength, { error: `must have at most ${maxListLength} entries` });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

const cell = z.union([z.string().max(maxCellLength, { error: `must be text of at most ${maxCellLength} characters` }), finite, z.boolean(), z.null()], {
	error: 'must be a number, text, true/false or empty (null), not a list or an object'
});
const cells = z.record(shortText, cell, { error: 'must be an object of plain values' }).refine((c) => Object.keys(c).length <= maxCells, { error: `must have at most ${maxCells} entries` });
const parameter = z.union([z.string().max(maxTextLength), finite, z.boolean()], { error: 'must be a number, text or true/false' });

const written = {
	installationId: id,
	writtenAt: isoDateTime,
	supersedes: list(z.string({ error: 'must be text' }).max(maxIdLength + 40, { error: 'must name one earlier version (installation@time)' }))
};

/** What a record edited in place carries (study, participant, visit). */
const edited = {
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	revision: count.min(1, { error: 'must be 1 or more' })
};

const studySchema: z.ZodType<StudyRecord> = z.strictObject({
	...written,
	id,
	name: text,
	visits: list(z.strictObject({ id, name: text, targetDay: finite.int({ error: 'must be a whole number' }) })),
	arms: list(z.strictObject({ id, name: text, role: oneOf(armRoles as readonly ['intervention', 'comparator', 'healthy_control']) })),
	sites: list(text),
	examiners: list(text),
	minAgeYears: count,
	phesNormSetKey: shortText.nullable(),
	stroopNormSetKey: shortText.nullable(),
	redcapEventNames: z.record(id, shortText, { error: 'must map visit ids to event names' }),
	redcapDataAccessGroups: z.record(text, shortText, { error: 'must map sites to data access groups' }),
	...edited
});

const participantSchema: z.ZodType<ParticipantRecord> = z.strictObject({
	...written,
	id,
	studyId: id,
	code: id.regex(/^[A-Za-z0-9_-]+$/, { error: "must have only letters, digits, '-' and '_'" }),
	birthDate: isoDate.nullable(),
	birthYear: count.max(9999, { error: 'must be a year' }).nullable(),
	sex: oneOf(['m', 'f']),
	educationYears: count.max(60, { error: 'must be at most 60 years' }),
	educationLevel: oneOf(educationLevelCodes),
	handedness: oneOf(['right', 'left', 'ambidextrous']),
	armId: id,
	site: text,
	testLanguage: oneOf(['en', 'id']),
	colourVisionMethod: oneOf(['ishihara', 'other', 'not_done']),
	colourVisionResult: oneOf(['pass', 'fail', 'not_done']),
	baselineDate: isoDate,
	...edited
});

const visitSchema: z.ZodType<VisitRecord> = z.strictObject({
	...written,
	id,
	participantId: id,
	studyVisitId: id,
	name: text,
	targetDate: isoDate,
	date: isoDate.nullable(),
	...edited
});

const sessionSchema: z.ZodType<SessionRecord> = z.strictObject({
	...written,
	id,
	visitId: id,
	participantId: id,
	battery: id,
	examiner: text,
	status: oneOf(['in_progress', 'complete', 'interrupted', 'abandoned']),
	startedAt: isoDateTime,
	endedAt: isoDateTime.nullable(),
	provenance: cells
});

const taskRunSchema: z.ZodType<TaskRunRecord> = z.strictObject({
	...written,
	id,
	sessionId: id,
	task: id,
	administration: oneOf(['digital', 'paper']),
	formId: id,
	seed: count.max(0xffffffff, { error: 'must be an unsigned 32-bit number' }),
	parameters: z.record(shortText, parameter, { error: 'must be an object of plain values' }).refine((p) => Object.keys(p).length <= maxCells, { error: `must have at most ${maxCells} entries` }),
	status: oneOf(['in_progress', 'complete', 'interrupted', 'aborted']),
	startedAt: isoDateTime,
	endedAt: isoDateTime.nullable(),
	summary: cells.nullable()
});

const trialSchema: z.ZodType<TrialRecord> = z.strictObject({
	...written,
	id,
	taskRunId: id,
	sessionId: id,
	seq: count,
	values: cells,
	flags: list(shortText),
	frameTimesMs: list(finite)
});

const eventSchema: z.ZodType<EventRecord> = z.strictObject({
	...written,
	id,
	sessionId: id,
	taskRunId: id.nullable(),
	trialSeq: count.nullable(),
	type: id,
	timeStampMs: finite,
	at: isoDateTime,
	detail: cells
});

const scoreSchema: z.ZodType<ScoreRecord> = z.strictObject({
	...written,
	id,
	taskRunId: id,
	test: oneOf(['phes', 'stroop']),
	normSetId: id,
	normSetVersion: count,
	normSetChecksum: z.string({ error: 'must be text' }).regex(/^([0-9a-f]{64})?$/, { error: 'must be a SHA-256 checksum (64 hex digits) or empty' }),
	covariates: cells,
	values: cells,
	thresholds: z.record(shortText, list(finite), { error: 'must map values to lists of numbers' }),
	flags: list(shortText),
	refusal: text.nullable(),
	createdAt: isoDateTime,
	supersededAt: isoDateTime.nullable()
});

const normSetRecordSchema: z.ZodType<NormSetRecord> = z.strictObject({
	...written,
	key: id,
	normSetId: id,
	version: count.min(1, { error: 'must be 1 or more' }),
	checksum: z.string({ error: 'must be text' }).regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 checksum (64 hex digits)' }),
	// The norm-set file format's own schema, with its own messages.
	definition: normSetSchema,
	savedAt: isoDateTime
});

export const recordSchemas: Readonly<Record<DatasetKind, z.ZodType>> = {
	study: studySchema,
	normSet: normSetRecordSchema,
	participant: participantSchema,
	visit: visitSchema,
	session: sessionSchema,
	taskRun: taskRunSchema,
	trial: trialSchema,
	event: eventSchema,
	score: scoreSchema
};
