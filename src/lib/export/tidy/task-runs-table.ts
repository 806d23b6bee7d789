// task_runs.csv: one row per task run (one administration of one task), with its parameters as
// `param_<name>` columns and the summary columns the tasks declare.
import type { Administration, TaskRunRecord, TaskRunStatus } from '../../model/records';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { declaredParameters, declaredSummaryColumns, keyedColumns } from './task-columns';
import { readVia, recordColumns, withoutClash } from './tidy-column';
import type { TidyTable } from './tidy-table';

const statusLevels = {
	in_progress: 'in progress (or left open)',
	complete: 'complete',
	interrupted: 'interrupted (the page closed while it ran)',
	aborted: 'aborted (paused or stopped by the examiner; given again from its start)'
} satisfies Record<TaskRunStatus, string>;
const administrationLevels = { digital: 'given on the screen', paper: 'paper and pencil, entered by the examiner' } satisfies Record<Administration, string>;

interface TaskRunRow {
	keys: RowKeys;
	taskRun: TaskRunRecord;
	trials: number;
}

const designColumns = recordColumns<TaskRunRow>([
	{ name: 'administration', type: 'category', description: 'How the task was given', levels: administrationLevels, value: (r) => r.taskRun.administration },
	{ name: 'form_id', type: 'string', description: 'Alternate form given (stimulus list, layout or track)', value: (r) => r.taskRun.formId },
	{ name: 'seed', type: 'integer', description: 'Seed of the run’s random choices (with form_id it rebuilds the stimuli)', value: (r) => r.taskRun.seed }
]);

const outcomeColumns = recordColumns<TaskRunRow>([
	{ name: 'status', type: 'category', description: 'Task run status', levels: statusLevels, value: (r) => r.taskRun.status },
	{ name: 'started_at', type: 'datetime', description: 'Task run start (ISO 8601 with offset)', value: (r) => r.taskRun.startedAt },
	{ name: 'ended_at', type: 'datetime', description: 'Task run end (ISO 8601 with offset); empty if it did not end', nullable: true, value: (r) => r.taskRun.endedAt },
	{ name: 'trials', type: 'integer', unit: 'count', description: 'Rows of the run in trials.csv', value: (r) => r.trials }
]);

export function taskRunsTable(index: DatasetIndex, trialsPerRun: ReadonlyMap<string, number>): TidyTable<TaskRunRow> {
	const rows = index.taskRuns.map((taskRun) => ({ taskRun, keys: index.taskRunKeys(taskRun.id), trials: trialsPerRun.get(taskRun.id) ?? 0 }));
	const parameters = keyedColumns(declaredParameters(), rows, (r) => r.taskRun.parameters, { prefix: 'param_', undeclared: 'Parameter' });
	const summary = keyedColumns(declaredSummaryColumns(), rows, (r) => r.taskRun.summary, { undeclared: 'Summary value' });
	const before = [
		...readVia(identifierColumns('taskRun'), (r: TaskRunRow) => r.keys),
		...installationColumn((r: TaskRunRow) => r.taskRun.installationId),
		...designColumns,
		...parameters,
		...outcomeColumns
	];
	const last = writtenAtColumn((r: TaskRunRow) => r.taskRun.writtenAt);
	return {
		path: 'task_runs.csv',
		rowIs: 'task run: one administration of one task in a session',
		columns: [...before, ...withoutClash([...before, ...last], summary, 'summary_'), ...last],
		rows
	};
}
