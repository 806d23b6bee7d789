// Reading a bundle file before anything is imported: its size (before it is parsed), JSON, the
// format and schema version, the header, every record against its kind's schema, then the checks
// across records (one study, counts, no key twice). A file that fails any of them is refused
// with one sentence that names the record and the field, so the examiner knows what is wrong.
// Never throws.
import { z } from 'zod';
import { datasetKinds, keyOf, kindLabels, type DatasetKind, type DatasetRecord } from '../../model/dataset';
import { normSetKey, type NormSetRecord, type ParticipantRecord, type TrialRecord } from '../../model/records';
import { bundleFormat, bundleSchemaVersion, type Bundle } from './bundle-format';
import { maxIdLength, recordSchemas } from './record-schemas';
import { m } from '../../i18n/paraglide/messages.js';

/** Half a gigabyte: about as long as a text can be in a browser at all. */
const defaultMaxBundleBytes = 512 * 1024 * 1024;

export interface ParseBundleOptions {
	/** Largest file accepted, in bytes of UTF-8. */
	maxBytes?: number;
	/** The study this laptop holds (with participants): a bundle of another study is refused. */
	expectStudyId?: string | null;
}

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; message: string };

const refused = (message: string): ParsedBundle => ({ ok: false, message });
// The most common refusals are worded in the UI language (English on the command line); the
// detailed ones about a single record's fields stay English, like the field names they quote.
const reexport = 'Export it again on the laptop it came from.';

/** A value as it may be shown in a message: short, never the whole of a huge or deep value. */
function shown(value: unknown): string {
	if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;
	if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return 'a list';
	return value === undefined ? 'nothing' : 'an object';
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** UTF-8 length of `text`, counting only until it passes `limit`. */
function utf8BytesUpTo(text: string, limit: number): number {
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= limit; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

const headerSchema = z.strictObject({
	format: z.literal(bundleFormat),
	schemaVersion: z.literal(bundleSchemaVersion),
	kind: z.enum(['data', 'study'], { error: 'must be data or study' }),
	studyId: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }).max(maxIdLength, { error: `must be at most ${maxIdLength} characters` }),
	exportedAt: z.string({ error: 'must be a date and time' }).max(40, { error: 'must be a date and time' }).regex(/^\d{4}-\d{2}-\d{2}T/, { error: 'must be a date and time' }),
	exportId: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }).max(maxIdLength, { error: `must be at most ${maxIdLength} characters` }),
	app: z.strictObject({ version: z.string({ error: 'must be text' }).max(maxIdLength), commit: z.string({ error: 'must be text' }).max(maxIdLength) }),
	installationIds: z.array(z.string({ error: 'must be text' }).min(1).max(maxIdLength), { error: 'must be a list' }).max(100_000),
	counts: z.strictObject(
		Object.fromEntries(datasetKinds.map((kind) => [kind, z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' })])) as Record<DatasetKind, z.ZodNumber>
	),
	records: z.unknown()
});

/** `values.rt_ms`, `visits[2].name`. */
function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const part of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<PropertyKey, unknown>)[part];
	}
	return value;
}

/** The first problem zod found, as words: which field, and what is wrong with it. */
function problemOf(error: z.ZodError, root: unknown): string {
	const [issue] = error.issues;
	if (!issue) return 'it does not match the bundle format';
	const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
	if (issue.code === 'unrecognized_keys') {
		const where = issue.path.length > 0 ? ` in ${fieldPath(issue.path)}` : '';
		return `it has an unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}${where}${more}`;
	}
	const field = fieldPath(issue.path);
	const value = valueAt(root, issue.path);
	if (value === undefined) return `its field ${field} is missing${more}`;
	// Our own messages continue the sentence; others (zod's, the norm-set format's) are sentences of their own.
	const what = /^[A-Z]/.test(issue.message) ? `is wrong: ${issue.message.replace(/\.$/, '')}` : issue.message;
	return `its field ${field} ${what} (it is ${shown(value)})${more}`;
}

function recordLabel(kind: DatasetKind, raw: unknown, index: number, total: number): string {
	const record = isPlainObject(raw) ? raw : {};
	const key = kind === 'normSet' ? record.key : record.id;
	const code = kind === 'participant' && typeof record.code === 'string' ? ` ${shown(record.code)}` : '';
	const named = typeof key === 'string' && key !== '' ? `, ${kind === 'normSet' ? 'key' : 'id'} ${shown(key)}` : '';
	return `${kindLabels[kind]}${code} (record ${index + 1} of ${total}${named})`;
}

/** Reads and checks a bundle file's text. */
export function parseBundle(text: string, options: ParseBundleOptions = {}): ParsedBundle {
	try {
		return parse(text, options);
	} catch (error) {
		return refused(m.bundle_cannot_read({ reason: error instanceof Error ? error.message : String(error) }));
	}
}

function parse(input: string, options: ParseBundleOptions): ParsedBundle {
	if (typeof input !== 'string') return refused('There is no file text to read.');
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const maxBytes = options.maxBytes ?? defaultMaxBundleBytes;
	// Every character is at least one byte: the count is needed only when it could matter.
	const bytes = text.length > maxBytes ? text.length : text.length * 3 > maxBytes ? utf8BytesUpTo(text, maxBytes) : 0;
	if (bytes > maxBytes) return refused(m.bundle_too_large({ size: megabytes(maxBytes) }));
	if (text.trim() === '') return refused(m.bundle_empty());

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return refused(m.bundle_not_json({ reason: error instanceof Error ? error.message : String(error) }));
	}
	if (!isPlainObject(json)) return refused(m.bundle_not_a_bundle({ value: shown(json) }));
	if (json.format === 'hepcog-norm-set') return refused(m.bundle_norm_set_file());
	if (json.format !== bundleFormat) return refused(m.bundle_wrong_format({ format: shown(json.format), expected: bundleFormat }));
	const version = json.schemaVersion;
	if (typeof version !== 'number') return refused(m.bundle_no_version({ value: shown(version) }));
	if (version > bundleSchemaVersion) return refused(m.bundle_newer_version({ version, supported: bundleSchemaVersion }));
	if (version !== bundleSchemaVersion) return refused(m.bundle_older_version({ version, supported: bundleSchemaVersion }));

	const header = headerSchema.safeParse(json);
	if (!header.success) return refused(`The bundle’s header is malformed: ${problemOf(header.error, json)}. ${reexport}`);
	const records = json.records;
	if (!isPlainObject(records)) return refused(`The bundle has no records object (its records are ${shown(records)}). ${reexport}`);
	const unknown = Object.keys(records).filter((kind) => !(datasetKinds as readonly string[]).includes(kind));
	if (unknown.length > 0) return refused(`The bundle holds records of an unknown kind ${unknown.map((k) => shown(k)).join(', ')}; this version of hepcog knows ${datasetKinds.join(', ')}.`);
	for (const kind of datasetKinds) {
		if (!Array.isArray(records[kind])) return refused(`The bundle’s ${kindLabels[kind]} records are ${records[kind] === undefined ? 'missing' : `not a list (${shown(records[kind])})`}. ${reexport}`);
	}
	for (const kind of datasetKinds) {
		const list = records[kind] as unknown[];
		const schema = recordSchemas[kind];
		for (let i = 0; i < list.length; i++) {
			const checked = schema.safeParse(list[i]);
			if (!checked.success) return refused(`In this bundle, ${recordLabel(kind, list[i], i, list.length)}: ${problemOf(checked.error, list[i])}. ${reexport}`);
		}
	}
	// Validated as read: the schemas neither transform nor add anything.
	const bundle = json as unknown as Bundle;
	const problem = acrossRecords(bundle, options);
	return problem ? refused(problem) : { ok: true, bundle };
}

/** The checks no single record can fail on its own; null when there is nothing wrong. */
function acrossRecords(bundle: Bundle, options: ParseBundleOptions): string | null {
	const { records } = bundle;
	if (records.study.length !== 1) return `The bundle holds ${records.study.length} study records; a bundle carries exactly the one study its records belong to. ${reexport}`;
	const study = records.study[0]!;
	if (bundle.studyId !== study.id) return `The bundle’s header names study ${shown(bundle.studyId)}, but its study record is ${shown(study.id)}. ${reexport}`;
	if (options.expectStudyId && study.id !== options.expectStudyId) {
		return m.bundle_other_study({ name: study.name, id: study.id, ours: options.expectStudyId });
	}
	for (const kind of datasetKinds) {
		if (bundle.counts[kind] !== records[kind].length) {
			return m.bundle_counts_differ({ counted: bundle.counts[kind], kind: kindLabels[kind], held: records[kind].length });
		}
	}
	if (bundle.kind === 'study') {
		const extra = datasetKinds.filter((kind) => kind !== 'study' && kind !== 'normSet' && records[kind].length > 0);
		if (extra.length > 0) return `This study file also holds ${extra.map((kind) => `${records[kind].length} ${kindLabels[kind]} records`).join(', ')}; a study file holds only the study and its norm sets. ${reexport}`;
	}
	const participant = records.participant.find((p: ParticipantRecord) => p.studyId !== study.id);
	if (participant) return `Participant ${participant.code} (${participant.id}) belongs to study ${shown(participant.studyId)}, not to this bundle’s study ${shown(study.id)}. ${reexport}`;
	const installations = new Set(bundle.installationIds);
	for (const kind of datasetKinds) {
		const seen = new Set<string>();
		for (const record of records[kind] as DatasetRecord[]) {
			const key = keyOf(kind, record);
			if (seen.has(key)) return `The bundle holds ${kindLabels[kind]} ${key} twice. ${reexport}`;
			seen.add(key);
			if (!installations.has(record.installationId)) return `In this bundle, ${kindLabels[kind]} ${key} was written by installation ${shown(record.installationId)}, which the bundle’s header does not list. ${reexport}`;
		}
	}
	return normSetProblem(records.normSet) ?? trialPositionProblem(records.trial);
}

function normSetProblem(sets: readonly NormSetRecord[]): string | null {
	for (const set of sets) {
		const definition = set.definition as { id: string; version: number; checksum?: string };
		const key = normSetKey(set.normSetId, set.version);
		if (set.key !== key || definition.id !== set.normSetId || definition.version !== set.version) {
			return `Norm set ${shown(set.key)} does not match its own definition (${definition.id} version ${definition.version}). ${reexport}`;
		}
		if (definition.checksum !== undefined && definition.checksum !== set.checksum) return `Norm set ${set.key} carries two different checksums. ${reexport}`;
	}
	return null;
}

/** Two trials at the same place of a task run would be refused by storage halfway through an import. */
function trialPositionProblem(trials: readonly TrialRecord[]): string | null {
	const at = new Map<string, string>();
	for (const trial of trials) {
		const position = `${trial.taskRunId}\u0000${trial.seq}`;
		const other = at.get(position);
		if (other !== undefined) return `Trial ${trial.seq} of task run ${trial.taskRunId} appears twice in the bundle (ids ${other} and ${trial.id}). ${reexport}`;
		at.set(position, trial.id);
	}
	return null;
}
