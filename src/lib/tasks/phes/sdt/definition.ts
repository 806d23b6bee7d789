// SDT declaration (clinical-spec §2): parameters and output columns, from which storage, exports
// and the codebook are derived.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { sdtForms } from './forms';
import { sdtGeometry } from './layout';
import { defaultSdtProtocolOptions } from './protocol';
import { subtestValidityColumns } from '../subtest-validity';

/** A fifth of the circles missed is not a serial dotting performance [D]. */
export const sdtMaxMisses = 20;
/** The fastest healthy adults need about 25 s on paper; 100 dots in under 15 s were not really placed [D]. */
export const sdtMinPlausibleTimeS = 15;

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
		description: 'Circles in the unscored practice row given before the test',
		default: sdtGeometry.columns,
		unit: 'count',
		min: 1,
		max: sdtGeometry.columns
	},
	{
		name: 'double_tap_ms',
		description: 'A second tap on a circle within this time of its dot is a double tap: recorded, not counted',
		default: defaultSdtProtocolOptions.doubleTapMs,
		unit: 'ms',
		min: 0,
		max: 1000
	},
	{
		name: 'max_misses',
		description: 'More dots outside their circle than this: the run is invalid',
		default: sdtMaxMisses,
		unit: 'count',
		min: 0,
		max: 100
	},
	{
		name: 'min_plausible_time_s',
		description: 'A completion faster than this is not a plausible performance: the run is invalid',
		default: sdtMinPlausibleTimeS,
		unit: 's',
		min: 0,
		max: 120
	}
] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{
		name: 'index',
		type: 'integer',
		description: 'Position in row order, from 0, of the circle the tap dotted (for an ignored tap: the circle it landed in)'
	},
	{ name: 'row', type: 'integer', description: 'Row of the circle, from 0 at the top' },
	{ name: 'column', type: 'integer', description: 'Column of the circle, from 0 at the left' },
	{ name: 'distance_units', type: 'number', description: 'Distance of the dot from the circle’s centre, in sheet units' },
	{ name: 'inside', type: 'boolean', description: 'The dot is inside the circle; false is a miss' },
	{ name: 't_ms', type: 'number', unit: 'ms', description: 'tMs of the pointer down that made the dot, page time base' },
	{
		name: 'ignored',
		type: 'boolean',
		description: 'A double tap on a circle just dotted: recorded, not counted (one row per tap, counted or not)'
	}
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
	{ name: 'ignored_taps', type: 'integer', unit: 'count', description: 'Double taps on a circle just dotted: recorded, not counted' },
	{
		name: 'out_of_order_dots',
		type: 'integer',
		unit: 'count',
		description: 'Dots that went to another circle than the first undotted one in reading order'
	},
	{
		name: 'mean_distance_units',
		type: 'number',
		nullable: true,
		description: 'Mean distance of the dots from their circles’ centres, in sheet units; empty without dots'
	},
	{ name: 'form_id', type: 'category', description: 'Alternate form (seeded jitter) given, by the fixed visit rotation', levels: formLevels },
	...subtestValidityColumns
] as const satisfies readonly ColumnSpec[];

export type SdtParameterName = (typeof parameters)[number]['name'];
export type SdtTrialColumn = (typeof trialColumns)[number]['name'];
export type SdtSummaryColumn = (typeof summaryColumns)[number]['name'];

export const sdtDefinition: TaskDefinition = {
	id: 'sdt',
	label: 'PHES serial dotting test (digital)',
	// 2: a tap dots the circle it lands in (double taps ignored), not the next circle in order.
	version: 2,
	parameters,
	trialColumns,
	summaryColumns
};
