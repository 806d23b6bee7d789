// The digital digit symbol test's declaration (clinical-spec §2, DST): parameters and output
// columns, from which storage, exports and the codebook are derived.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../../task-definition';
import { dstGlyphs } from './glyphs';
import { subtestValidityColumns } from '../subtest-validity';

/** Pressing at random gets 8 in 9 wrong; even a confused participant gets most right [D]. */
export const dstMaxWrongPercent = 50;

const glyphLevels: Readonly<Record<string, string>> = Object.fromEntries(dstGlyphs.map((g) => [g.id, g.description]));

const parameters = [
	{
		name: 'time_limit_s',
		description: 'Time allowed, from the onset of the first item; responses after it are not counted',
		default: 90,
		unit: 's',
		options: [90, 120]
	},
	{
		name: 'practice_items',
		description: 'Unscored practice items with the same key before the timed test',
		default: 10,
		unit: 'count',
		min: 1,
		max: 30
	},
	{
		name: 'max_wrong_percent',
		description: 'More wrong symbols than this share of the responses: chosen at random, not by the key, and the run is invalid',
		default: dstMaxWrongPercent,
		min: 0,
		max: 100
	}
] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{
		name: 'phase',
		type: 'category',
		description: 'Practice (unscored) or the timed test',
		levels: { practice: 'practice', test: 'test' }
	},
	{ name: 'index', type: 'integer', description: 'Position of the item in its sequence, from 0' },
	{ name: 'digit', type: 'integer', description: 'Digit shown (1–9)' },
	{ name: 'expected_glyph', type: 'category', description: 'Symbol paired with the digit in the key', levels: glyphLevels },
	{ name: 'chosen_glyph', type: 'category', description: 'Symbol the participant picked', levels: glyphLevels },
	{ name: 'correct', type: 'boolean', description: 'The picked symbol is the one paired with the digit' },
	{
		name: 'rt_ms',
		type: 'number',
		unit: 'ms',
		description: 'Time since the previous response, or since the first item’s onset for the first item'
	},
	{ name: 't_ms', type: 'number', unit: 'ms', description: "The response input event's timeStamp, on the page time base" }
] as const satisfies readonly ColumnSpec[];

const summaryColumns = [
	{ name: 'correct_count', type: 'integer', unit: 'count', description: 'Correct symbols within the time limit (the scored value)' },
	{ name: 'wrong_count', type: 'integer', unit: 'count', description: 'Wrong symbols within the time limit' },
	{ name: 'form_id', type: 'string', description: 'Alternate form used (key, button order and digit sequence), e.g. dst-1' },
	{ name: 'time_limit_s', type: 'number', unit: 's', description: 'Time limit applied' },
	...subtestValidityColumns
] as const satisfies readonly ColumnSpec[];

export type DstParameterName = (typeof parameters)[number]['name'];
export type DstTrialColumn = (typeof trialColumns)[number]['name'];
export type DstSummaryColumn = (typeof summaryColumns)[number]['name'];

export const dstDefinition: TaskDefinition = {
	id: 'dst',
	label: 'PHES digit symbol test (digital)',
	version: 1,
	parameters,
	trialColumns,
	summaryColumns
};
