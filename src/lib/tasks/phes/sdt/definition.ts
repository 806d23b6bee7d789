// SDT declaration (clinical-spec §2): parameters and output columns, from which storage, exports
// and the codebook are derived.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { sdtForms } from './forms';
import { sdtGeometry } from './layout';

const parameters = [
	{
		name: 'radius_units',
		description: 'Circle radius in sheet units (the sheet is 1000 × 700); the alternate forms are validated at the default',
		default: sdtGeometry.radiusUnits,
		min: 12,
		max: 21
	},
	{
		name: 'practice_circles',
		description: 'Circles in the unscored practice row before the test; 0 skips the practice',
		default: sdtGeometry.columns,
		unit: 'count',
		min: 0,
		max: sdtGeometry.columns
	}
] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{
		name: 'index',
		type: 'integer',
		description: 'Position of the dotted circle in row order, from 0 (the n-th dot belongs to the n-th circle)'
	},
	{ name: 'row', type: 'integer', description: 'Row of the circle, from 0 at the top' },
	{ name: 'column', type: 'integer', description: 'Column of the circle, from 0 at the left' },
	{ name: 'distance_units', type: 'number', description: 'Distance of the dot from the circle’s centre, in sheet units' },
	{ name: 'inside', type: 'boolean', description: 'The dot is inside the circle; false is a miss' },
	{ name: 't_ms', type: 'number', unit: 'ms', description: 'tMs of the pointer down that made the dot, page time base' }
] as const satisfies readonly ColumnSpec[];

const formLevels = Object.fromEntries(
	[...sdtForms.test, ...sdtForms.practice].map((f) => [f.formId, `${f.practice ? 'practice ' : ''}form ${f.formId} (seed ${f.seed})`])
);

const summaryColumns = [
	{
		name: 'time_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: 'Time from the first to the last dot; empty if not every circle was dotted'
	},
	{ name: 'misses', type: 'integer', unit: 'count', description: 'Dots outside their circle' },
	{
		name: 'mean_distance_units',
		type: 'number',
		nullable: true,
		description: 'Mean distance of the dots from their circles’ centres, in sheet units; empty without dots'
	},
	{ name: 'form_id', type: 'category', description: 'Alternate form (seeded jitter) given, by the fixed visit rotation', levels: formLevels }
] as const satisfies readonly ColumnSpec[];

export type SdtParameterName = (typeof parameters)[number]['name'];
export type SdtTrialColumn = (typeof trialColumns)[number]['name'];
export type SdtSummaryColumn = (typeof summaryColumns)[number]['name'];

export const sdtDefinition: TaskDefinition = {
	id: 'sdt',
	label: 'PHES serial dotting test (digital)',
	version: 1,
	parameters,
	trialColumns,
	summaryColumns
};
