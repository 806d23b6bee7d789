// scores.csv, long format: one row per stored score value (a PHES band score, the PHES total, a
// Stroop z or verdict…) of every score record, current and superseded, so adding a norm scheme
// adds rows, not columns. A refused score is one row with the reason and no value. Each row says
// which raw value it scores, that raw value (from the task run's summary) and, for regression
// norms, the person's thresholds at −3…+3 SD on the raw scale.
import type { ScoreRecord } from '../../model/records';
import { scoreFlagDescriptions } from '../../scoring/flag-descriptions';
import { sdSteps } from '../../scoring/thresholds';
import { phesScoreColumn, stroopValues, type PhesValue } from '../../scoring/value-keys';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { sortedBy } from './dataset-index';
import { flagColumns } from './flag-columns';
import { identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { foundColumns } from './task-columns';
import { readVia, recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

interface ScoreRow {
	keys: RowKeys;
	score: ScoreRecord;
	/** Stored key in `score.values`; null on the one row of a score without values (a refusal). */
	valueName: string | null;
	rawValueName: string | null;
}

const rawOfPhesColumn = new Map<string, PhesValue>(Object.entries(phesScoreColumn).map(([value, column]) => [column, value as PhesValue]));

/** The raw value a stored score value scores: `ncta_score` → `ncta_s`, `on_time_s_z` → `on_time_s`; null for a total or verdict. */
function rawValueOf(valueName: string): string | null {
	return rawOfPhesColumn.get(valueName) ?? stroopValues.find((value) => valueName.startsWith(`${value}_`)) ?? null;
}

const stepName = (k: number) => (k < 0 ? `m${-k}` : k > 0 ? `p${k}` : '0');

const designColumns = recordColumns<ScoreRow>([
	{ name: 'test', type: 'category', description: 'Test scored', levels: { phes: 'PHES', stroop: 'Stroop' }, value: (r) => r.score.test },
	{ name: 'norm_set_id', type: 'string', description: 'Norm set used (or chosen, for a refusal)', value: (r) => r.score.normSetId },
	{ name: 'norm_set_version', type: 'integer', description: 'Version of the norm set', value: (r) => r.score.normSetVersion },
	{
		name: 'norm_set_checksum',
		type: 'string',
		description: 'SHA-256 of the norm set’s canonical JSON as used; empty for a refusal',
		nullable: true,
		value: (r) => r.score.normSetChecksum || null
	},
	{ name: 'scored_at', type: 'datetime', description: 'When the score was computed (ISO 8601 with offset)', value: (r) => r.score.createdAt },
	{ name: 'current', type: 'boolean', description: '1 for the score in force; 0 for one a later scoring replaced (kept as history)', value: (r) => r.score.supersededAt === null },
	{ name: 'superseded_at', type: 'datetime', description: 'When a later scoring replaced this one; empty for the current score', nullable: true, value: (r) => r.score.supersededAt }
]);

const valueColumns = recordColumns<ScoreRow>([
	{
		name: 'value_name',
		type: 'string',
		description: `Stored score value: a PHES band score (${Object.values(phesScoreColumn).join(', ')}), phes_total or phes_abnormal; for the Stroop values (${stroopValues.join(', ')}) a <value>_z, <value>_score (band) or <value>_abnormal (cutoff), and stroop_abnormal; empty for a refusal`,
		nullable: true,
		value: (r) => r.valueName
	},
	{
		name: 'value',
		type: 'number',
		description: 'The score value named by value_name (verdicts as 0/1); empty for a refusal',
		nullable: true,
		value: (r) => (r.valueName === null ? null : r.score.values[r.valueName])
	},
	{ name: 'raw_value_name', type: 'string', description: 'Raw value scored (a task_runs.csv summary column); empty for a total or overall verdict', nullable: true, value: (r) => r.rawValueName },
	{ name: 'raw', type: 'number', description: 'That raw value from the run’s summary (s or count as its name says); empty when not stored (ltt_combined)', nullable: true, value: (r) => r.keys.taskRun && r.rawValueName ? (r.keys.taskRun.summary?.[r.rawValueName] ?? null) : null },
	...sdSteps.map((k) => ({
		name: `threshold_${stepName(k)}_sd`,
		type: 'number' as const,
		description: `Raw-scale value at the norm mean ${k === 0 ? '(the expected value for this person)' : `${k > 0 ? '+' : '−'}${Math.abs(k)} SD`}, for regression norms; empty otherwise`,
		nullable: true,
		value: (r: ScoreRow) => (r.rawValueName ? (r.score.thresholds[r.rawValueName]?.[sdSteps.indexOf(k)] ?? null) : null)
	}))
]);

const refusalColumns = recordColumns<ScoreRow>([
	{ name: 'refusal', type: 'string', description: 'Why no score could be given; empty when scored', nullable: true, value: (r) => r.score.refusal }
]);

function rowsOf(score: ScoreRecord, keys: RowKeys): ScoreRow[] {
	const names = Object.keys(score.values);
	if (names.length === 0) return [{ score, keys, valueName: null, rawValueName: null }];
	return names.map((valueName) => ({ score, keys, valueName, rawValueName: rawValueOf(valueName) }));
}

export function scoresTable(index: DatasetIndex, scores: readonly ScoreRecord[]): TidyTable<ScoreRow> {
	const sorted = sortedBy(scores, (s) => [index.taskRunRank(s.taskRunId), s.createdAt, s.id]);
	const rows = sorted.flatMap((score) => rowsOf(score, index.taskRunKeys(score.taskRunId)));
	return {
		path: 'scores.csv',
		rowIs: 'stored value of a score record (a refused score: one row without a value)',
		columns: [
			...readVia(identifierColumns('taskRun'), (r: ScoreRow) => r.keys),
			...recordColumns<ScoreRow>([{ name: 'score_id', type: 'string', description: 'Score record id (random UUID)', value: (r) => r.score.id }]),
			...installationColumn((r: ScoreRow) => r.score.installationId),
			...designColumns,
			...foundColumns(rows, (r) => r.score.covariates, { prefix: 'covariate_', describe: (key) => `Covariate \`${key}\` as the score used it` }),
			...valueColumns,
			...refusalColumns,
			...flagColumns(scoreFlagDescriptions, rows, (r) => r.score.flags),
			...writtenAtColumn((r: ScoreRow) => r.score.writtenAt)
		],
		rows
	};
}
