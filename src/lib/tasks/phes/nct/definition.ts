// NCT-A and NCT-B declarations (clinical-spec §2): parameters and output columns, from which
// storage, exports and the codebook are derived. Both tests share the columns.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { nctForms, nctGeometry } from './forms';
import { nctPracticeTargetCount, type NctTest } from './labels';
import { subtestValidityColumns } from '../subtest-validity';

/**
 * Fastest plausible completion [D]: the fastest healthy adults need about 15 s for the paper NCT-A
 * and 25 s for NCT-B; a digital sheet finished in under 10 s (A) or 15 s (B) was not really done.
 */
export const nctMinPlausibleTimeS: Readonly<Record<NctTest, number>> = { a: 10, b: 15 };

const parametersFor = (test: NctTest) =>
	[
		{
			name: 'radius_units',
			description: 'Circle radius in sheet units (the sheet is 1000 × 700); the alternate forms are validated at the default',
			default: nctGeometry.radiusUnits,
			min: 16,
			max: 30
		},
		{
			name: 'practice_targets',
			description: 'Circles of the unscored practice item given before the test',
			default: nctPracticeTargetCount,
			unit: 'count',
			min: 2,
			max: 12
		},
		{
			name: 'input_mode',
			description: 'How circles are connected: drawing a line with the pen down (draw), or tapping circle after circle (tap: only a touch enters a circle)',
			default: 'draw',
			options: ['draw', 'tap']
		},
		{
			name: 'min_plausible_time_s',
			description: 'A completion faster than this is not a plausible performance: the run is invalid',
			default: nctMinPlausibleTimeS[test],
			unit: 's',
			min: 0,
			max: 120
		}
	] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{ name: 'target_index', type: 'integer', description: 'Position of the target in connection order, from 0' },
	{ name: 'label', type: 'string', description: 'Label printed in the target circle (1…25, or 1, A, 2, B … 13)' },
	{ name: 'reached_ms', type: 'number', unit: 'ms', description: 'tMs of the first pointer sample inside the target, page time base' },
	{
		name: 'since_previous_ms',
		type: 'number',
		unit: 'ms',
		nullable: true,
		description: 'reached_ms minus that of the previous target; empty for the first'
	},
	{
		name: 'errors_before',
		type: 'integer',
		unit: 'count',
		description: 'Wrong circles entered while this target was due'
	}
] as const satisfies readonly ColumnSpec[];

/** The test's own forms and practice forms. */
function formLevels(test: NctTest): Record<string, string> {
	const forms = test === 'a' ? [...nctForms.ncta, ...nctForms.nctaPractice] : [...nctForms.nctb, ...nctForms.nctbPractice];
	return Object.fromEntries(forms.map((f) => [f.formId, `${f.practice ? 'practice ' : ''}form ${f.formId} (seed ${f.seed})`]));
}

const summaryColumnsFor = (test: NctTest) =>
	[
		{
			name: 'time_s',
			type: 'number',
			unit: 's',
			nullable: true,
			description: 'Time from first reaching circle 1 to reaching the last circle; empty if not finished'
		},
		{
			name: 'errors',
			type: 'integer',
			unit: 'count',
			description: 'Entries into a wrong circle (each pointed back to the last correct one; they only add time)'
		},
		{
			name: 'form_id',
			type: 'category',
			description: 'Alternate form (seeded layout) given, by the fixed visit rotation',
			levels: formLevels(test)
		},
		{
			name: 'path_length_units',
			type: 'number',
			description: 'Distance drawn with the pen down from circle 1 to the last circle, in sheet units'
		},
		{ name: 'samples', type: 'integer', unit: 'count', description: 'Pointer samples received until the last circle was reached' },
		...subtestValidityColumns
	] as const satisfies readonly ColumnSpec[];

export type NctParameterName = ReturnType<typeof parametersFor>[number]['name'];
export type NctTrialColumn = (typeof trialColumns)[number]['name'];
export type NctSummaryColumn = ReturnType<typeof summaryColumnsFor>[number]['name'];

export const nctaDefinition: TaskDefinition = {
	id: 'ncta',
	label: 'PHES number connection test A (digital)',
	version: 1,
	parameters: parametersFor('a'),
	trialColumns,
	summaryColumns: summaryColumnsFor('a')
};

export const nctbDefinition: TaskDefinition = {
	id: 'nctb',
	label: 'PHES number connection test B (digital)',
	version: 1,
	parameters: parametersFor('b'),
	trialColumns,
	summaryColumns: summaryColumnsFor('b')
};
