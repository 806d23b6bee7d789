// The digital line tracing test's declaration (clinical-spec §2, LTT): parameters and output
// columns, from which storage, exports and the codebook are derived. Lengths are in sheet units
// (the sheet is 1000 × 700 units on every screen; the stored mapping gives pixels per unit).
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { subtestValidityColumns } from '../subtest-validity';
import { defaultLttProtocolOptions } from './protocol';

/** Half the tracing time beyond the edge: the trace ran beside the track, not along it [D]. */
export const lttMaxTimeOutsidePercent = 50;
/** The 3000-unit track (about 87 cm) in under 10 s was not traced [D]; healthy adults need about a minute on paper. */
export const lttMinPlausibleTimeS = 10;

const parameters = [
	{
		name: 'reentry_units',
		description:
			'After leaving the track the trace must come back this far inside the edge before leaving again counts as a new error (sheet units)',
		default: 3,
		min: 0,
		max: 11
	},
	{
		name: 'resume_radius_units',
		description: 'After a pen lift, tracing resumes when the pen is down again within this distance of the lift point (sheet units)',
		default: 24,
		min: 1,
		max: 200
	},
	{
		name: 'min_coverage_percent',
		description:
			'Share of the centre line the trace must pass, in order, before the end area ends the test; lifting the pen in the end area earlier ends it incomplete and invalid',
		default: defaultLttProtocolOptions.minCoveragePercent,
		min: 50,
		max: 100
	},
	{
		name: 'max_time_outside_percent',
		description: 'More of the tracing time beyond the edge than this: the trace did not follow the track and the run is invalid',
		default: lttMaxTimeOutsidePercent,
		min: 0,
		max: 100
	},
	{
		name: 'min_plausible_time_s',
		description: 'A completed trace faster than this is not a plausible performance: the run is invalid',
		default: lttMinPlausibleTimeS,
		unit: 's',
		min: 0,
		max: 300
	}
] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{ name: 'index', type: 'integer', description: 'Excursion number, from 0, in order' },
	{ name: 'start_ms', type: 'number', unit: 'ms', description: 'When the trace went beyond the edge, page time base' },
	{
		name: 'end_ms',
		type: 'number',
		unit: 'ms',
		description: 'When it last came back inside, page time base; empty if the test ended while outside',
		nullable: true
	},
	{ name: 'time_outside_ms', type: 'number', unit: 'ms', description: 'Time actually beyond the edge during this excursion' },
	{ name: 'path_length_outside_units', type: 'number', description: 'Trace length beyond the edge during this excursion (sheet units)' },
	{ name: 'max_depth_units', type: 'number', description: 'Farthest distance beyond the edge (sheet units)' }
] as const satisfies readonly ColumnSpec[];

const summaryColumns = [
	{
		name: 'time_s',
		type: 'number',
		unit: 's',
		description:
			'From entering the start area to reaching the end area with the track covered, pen lifts included; empty if the trace did not get there',
		nullable: true
	},
	{ name: 'errors', type: 'integer', unit: 'count', description: 'Excursions: times the trace left the track, each counted once' },
	{ name: 'time_outside_s', type: 'number', unit: 's', description: 'Total time beyond the edge' },
	{ name: 'path_length_outside_units', type: 'number', description: 'Total trace length beyond the edge (sheet units)' },
	{ name: 'path_length_units', type: 'number', description: 'Total pen-down trace length from start to end (sheet units)' },
	{ name: 'lifts', type: 'integer', unit: 'count', description: 'Times the pen was lifted mid-track' },
	{ name: 'form_id', type: 'string', description: 'Alternate form (track) used, e.g. ltt-1' },
	{
		name: 'coverage_percent',
		type: 'number',
		description: 'Share of the centre line’s length the trace passed in order, within three half-widths of it'
	},
	...subtestValidityColumns
] as const satisfies readonly ColumnSpec[];

export type LttParameterName = (typeof parameters)[number]['name'];
export type LttTrialColumn = (typeof trialColumns)[number]['name'];
export type LttSummaryColumn = (typeof summaryColumns)[number]['name'];

export const lttDefinition: TaskDefinition = {
	id: 'ltt',
	label: 'PHES line tracing test (digital)',
	// 2: the end area ends the test only once the track is covered.
	version: 2,
	parameters,
	trialColumns,
	summaryColumns
};
