// The six PHES raw values of a digital battery gathered in one place once all five subtests are
// complete, so a digital PHES is scored (and exported) like a paper one — always flagged when
// paper norms are applied to it.
import type { ColumnSpec, TaskDefinition } from '../../task-definition';
import { paperPhesDefinition } from '../paper/definition';

const rawColumns = paperPhesDefinition.summaryColumns.filter((c) => c.name !== 'notes');

const summaryColumns: readonly ColumnSpec[] = [
	...rawColumns,
	{ name: 'source_task_runs', type: 'string', description: 'Ids of the five subtest runs the values come from, in PHES order' }
];

export const phesDigitalDefinition: TaskDefinition = {
	id: 'phes_digital',
	label: 'PHES (digital, the six values of a battery)',
	version: 1,
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
