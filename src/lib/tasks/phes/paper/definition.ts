// The paper PHES as the examiner types it in: the six raw values of a paper-and-pencil
// administration timed with a stopwatch (clinical-spec §2), the validated route for the trial.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { dstDefinition } from '../dst/definition';

const dstLimit = dstDefinition.parameters.find((p) => p.name === 'time_limit_s')!;

/**
 * The DST time limits a paper entry may give: those the digital DST offers (90 s, the PHES limit;
 * 120 s, WAIS-III/IV coding). A choice rather than a typed number, so a typo cannot make a limit.
 */
export const paperDstTimeLimitsS = dstLimit.options as readonly number[];
/** The limit the form starts with: the PHES limit. */
export const paperDstTimeLimitDefaultS = dstLimit.default as number;

const parameters = [
	{
		name: 'dst_items_on_sheet',
		description: 'Items on the digit-symbol sheet used; a count above it is refused',
		default: 100,
		unit: 'count',
		min: 1,
		max: 200
	},
	{ name: 'max_time_s', description: 'Longest plausible time of one subtest', default: 1800, unit: 's', min: 60, max: 7200 }
] as const satisfies readonly ParameterSpec[];

const summaryColumns = [
	{ name: 'ncta_s', type: 'number', unit: 's', description: 'Number connection test A: time from circle 1 to 25' },
	{ name: 'nctb_s', type: 'number', unit: 's', description: 'Number connection test B: time from 1 to 13 alternating with A–L' },
	{ name: 'dst_count', type: 'integer', unit: 'count', description: 'Digit symbol test: correct symbols within the time limit' },
	{
		name: 'dst_time_limit_s',
		type: 'number',
		unit: 's',
		description: 'Digit symbol test: the time limit it was given with (90 or 120 s); empty in entries made before it was recorded, which score no DST',
		nullable: true
	},
	{ name: 'sdt_s', type: 'number', unit: 's', description: 'Serial dotting test: time for the 100 circles' },
	{ name: 'ltt_s', type: 'number', unit: 's', description: 'Line tracing test: time' },
	{ name: 'ltt_errors', type: 'integer', unit: 'count', description: 'Line tracing test: errors (touches or crossings of the lines)' },
	{ name: 'notes', type: 'string', description: 'The examiner’s stopwatch notes', nullable: true }
] as const satisfies readonly ColumnSpec[];

export type PaperPhesValue = Exclude<(typeof summaryColumns)[number]['name'], 'notes'>;

export const paperPhesDefinition: TaskDefinition = {
	id: 'phes_paper',
	label: 'PHES (paper, entered by the examiner)',
	// 2: the DST time limit is recorded with the values.
	version: 2,
	parameters,
	trialColumns: [],
	summaryColumns
};
