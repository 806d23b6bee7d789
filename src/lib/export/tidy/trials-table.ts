// trials.csv: one row per stored trial (a Stroop stimulus, an NCT target, a DST item, an SDT dot,
// an LTT excursion), with the task's declared trial columns and its timing flags as 0/1 columns.
// There is no `excluded` column: the data model holds no exclusion records yet, and a column that
// is always 0 would claim a decision nobody made (the codebook says so).
import type { TrialRecord } from '../../model/records';
import { trialFlagDescriptions } from '../../timing/trial-flags';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { sortedBy } from './dataset-index';
import { flagColumns } from './flag-columns';
import { identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { declaredTrialColumns, keyedColumns } from './task-columns';
import { readVia, recordColumns, withoutClash } from './tidy-column';
import type { TidyTable } from './tidy-table';

interface TrialRow {
	keys: RowKeys;
	trial: TrialRecord;
}

const ownColumns = recordColumns<TrialRow>([
	{ name: 'trial_id', type: 'string', description: 'Trial id (random UUID)', value: (r) => r.trial.id }
]);
const seqColumn = recordColumns<TrialRow>([
	{ name: 'seq', type: 'integer', description: 'Order of the trial within its task run, from 0 (practice and test rows alike)', value: (r) => r.trial.seq }
]);

export function trialsTable(index: DatasetIndex, trials: readonly TrialRecord[]): TidyTable<TrialRow> {
	const rows = sortedBy(trials, (t) => [index.taskRunRank(t.taskRunId), t.seq, t.id]).map((trial) => ({
		trial,
		keys: index.taskRunById.has(trial.taskRunId) ? index.taskRunKeys(trial.taskRunId) : index.sessionKeys(trial.sessionId)
	}));
	const before = [
		...readVia(identifierColumns('taskRun'), (r: TrialRow) => r.keys),
		...ownColumns,
		...installationColumn((r: TrialRow) => r.trial.installationId),
		...seqColumn
	];
	const flags = flagColumns(trialFlagDescriptions, rows, (r) => r.trial.flags);
	const last = writtenAtColumn((r: TrialRow) => r.trial.writtenAt);
	const declared = keyedColumns(declaredTrialColumns(), rows, (r) => r.trial.values, { undeclared: 'Trial value' });
	return {
		path: 'trials.csv',
		rowIs: 'trial: a Stroop stimulus, NCT target, DST item, SDT dot or LTT excursion',
		columns: [...before, ...withoutClash([...before, ...flags, ...last], declared, 'value_'), ...flags, ...last],
		rows
	};
}
