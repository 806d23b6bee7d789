// The six PHES raw values of a digital battery gathered in one place once each subtest has a
// complete run, so a digital PHES is scored (and exported) like a paper one — always flagged when
// paper norms are applied to it. It also says whether the battery can be scored at all: a subtest
// whose runs were all judged invalid gives no value, and the battery's verdict says why.
import type { ColumnSpec, TaskDefinition } from '../../task-definition';
import { paperPhesDefinition } from '../paper/definition';

// Empty where the subtest has no valid run; `dst_time_limit_s` is the counted DST run's limit.
const rawColumns = paperPhesDefinition.summaryColumns.filter((c) => c.name !== 'notes').map((c) => ({ ...c, nullable: true }));

const summaryColumns: readonly ColumnSpec[] = [
	...rawColumns,
	{ name: 'source_task_runs', type: 'string', description: 'Ids of the subtest runs the values come from (the last valid complete run of each), in PHES order' },
	{
		name: 'battery_validity',
		type: 'category',
		description: 'Whether the battery can be scored: every subtest has a valid (or examiner-overridden) complete run',
		levels: { valid: 'every value comes from a valid run', invalid: 'a subtest has no valid run: the PHES total is not scorable' }
	},
	{ name: 'battery_invalid_reasons', type: 'string', description: 'Why the battery is invalid: each subtest without a valid run and its reasons; empty when valid' },
	{ name: 'validity_overrides', type: 'string', description: 'Invalid subtest runs counted because the examiner overrode the verdict: run, examiner, time and reason; empty when none' }
];

export const phesDigitalDefinition: TaskDefinition = {
	id: 'phes_digital',
	label: 'PHES (digital, the six values of a battery)',
	version: 2,
	parameters: [],
	trialColumns: [],
	summaryColumns
};

/** Where each PHES value comes from: subtest task and its summary column. */
export const digitalPhesSources = {
	ncta_s: ['ncta', 'time_s'],
	nctb_s: ['nctb', 'time_s'],
	dst_count: ['dst', 'correct_count'],
	sdt_s: ['sdt', 'time_s'],
	ltt_s: ['ltt', 'time_s'],
	ltt_errors: ['ltt', 'errors']
} as const;

export type DigitalPhesValue = keyof typeof digitalPhesSources;

/** The subtests of the battery in PHES order, each giving one or more of the values. */
export const digitalPhesSubtests = ['ncta', 'nctb', 'dst', 'sdt', 'ltt'] as const;
