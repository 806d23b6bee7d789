// The identifiers that open every row of every tidy file, from the study down to the task run, so
// any row can be filtered or joined without looking anything up. A file takes them down to its own
// level (a visit row has no session) and adds its own record id and writing installation after them.
import type { IsoDateTime } from '../../model/records';
import type { RowKeys } from './dataset-index';
import { recordColumns, type RecordColumnSpec } from './tidy-column';

const participantLevel: RecordColumnSpec<RowKeys>[] = [
	{ name: 'study_id', type: 'string', description: 'Study id (the same on every laptop of the study)', value: (k) => k.participant?.studyId },
	{ name: 'site', type: 'string', description: 'Site of the participant; empty for a single-site study', nullable: true, value: (k) => k.participant?.site },
	{ name: 'participant_id', type: 'string', description: 'Participant id (random UUID)', value: (k) => k.participant?.id },
	{ name: 'participant_code', type: 'string', description: 'Pseudonymous participant code, unique in the study', value: (k) => k.participant?.code },
	{ name: 'arm', type: 'string', description: 'Name of the study arm the participant is in (arm_id and arm_role in participants.csv)', value: (k) => k.arm?.name }
];

const visitLevel: RecordColumnSpec<RowKeys>[] = [
	{ name: 'visit', type: 'string', description: 'Visit name from the study plan (Baseline, Month 3, …)', value: (k) => k.visit?.name },
	{ name: 'visit_id', type: 'string', description: 'Visit id (random UUID)', value: (k) => k.visit?.id }
];

const sessionLevel: RecordColumnSpec<RowKeys>[] = [
	{ name: 'session_id', type: 'string', description: 'Test session id (random UUID); a visit may have several sessions', value: (k) => k.session?.id }
];

const taskRunLevel: RecordColumnSpec<RowKeys>[] = [
	{ name: 'task', type: 'string', description: 'Task id (stroop, ncta, nctb, dst, sdt, ltt, phes_paper, phes_digital)', value: (k) => k.taskRun?.task },
	{ name: 'task_run_id', type: 'string', description: 'Task run id (random UUID): one administration of one task', value: (k) => k.taskRun?.id }
];

type IdentifierLevel = 'participant' | 'visit' | 'session' | 'taskRun';

const levels: Record<IdentifierLevel, RecordColumnSpec<RowKeys>[]> = {
	participant: participantLevel,
	visit: [...participantLevel, ...visitLevel],
	session: [...participantLevel, ...visitLevel, ...sessionLevel],
	taskRun: [...participantLevel, ...visitLevel, ...sessionLevel, ...taskRunLevel]
};

/** The identifier columns from the study down to `level`. */
export const identifierColumns = (level: IdentifierLevel) => recordColumns(levels[level]);

/** The installation column every file puts after its own record id. */
export const installationColumn = <R>(value: (row: R) => string) =>
	recordColumns<R>([
		{ name: 'installation_id', type: 'string', description: 'Installation (laptop browser profile) that last wrote the record', value }
	]);

/** The write time every file ends with. */
export const writtenAtColumn = <R>(value: (row: R) => string) =>
	recordColumns<R>([
		{ name: 'written_at', type: 'datetime', description: 'When the installation last wrote the record (ISO 8601 with offset)', value }
	]);

/** When an editable record (participant, visit) was made, last edited, and its edit count; `created` says what making it was. */
export const editColumns = <R>(created: string, record: (row: R) => { createdAt: IsoDateTime; updatedAt: IsoDateTime; revision: number }) =>
	recordColumns<R>([
		{ name: 'created_at', type: 'datetime', description: `${created} (ISO 8601 with offset)`, value: (r) => record(r).createdAt },
		{ name: 'updated_at', type: 'datetime', description: 'Last edit (ISO 8601 with offset)', value: (r) => record(r).updatedAt },
		{ name: 'revision', type: 'integer', description: 'Edit count of the record, from 1', value: (r) => record(r).revision }
	]);
