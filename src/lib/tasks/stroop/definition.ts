// The Stroop task's declaration (clinical-spec §1): parameters and output columns, from which
// storage, exports and the codebook are derived.
import type { ColumnSpec, ParameterSpec, TaskDefinition } from '../task-definition';

const colourLevels = { red: 'red', green: 'green', blue: 'blue' } as const;

const parameters = [
	{ name: 'run_length', description: 'Stimuli per run', default: 10, unit: 'count', min: 1, max: 50 },
	{
		name: 'correct_runs_per_state',
		description: 'Error-free runs needed to complete a state',
		default: 5,
		unit: 'count',
		min: 1,
		max: 20
	},
	{
		name: 'practice_runs_per_state',
		description: 'Unscored practice runs before each state, at least; practice goes on until one of them is correct (0: no practice)',
		default: 2,
		unit: 'count',
		min: 0,
		max: 10
	},
	{
		name: 'max_practice_runs_per_state',
		description:
			'Practice runs after which, if none was correct, the examiner decides: go on to the scored runs or stop the test',
		default: 5,
		unit: 'count',
		min: 1,
		max: 20
	},
	{
		name: 'max_runs_per_state',
		description:
			'Stop rule: after this many scored runs started without reaching the goal the state ends as not completed',
		default: 20,
		unit: 'count',
		min: 1,
		max: 100
	},
	{
		name: 'anticipation_ms',
		description: 'Responses faster than this after stimulus onset are flagged as anticipations',
		default: 150,
		unit: 'ms',
		min: 0,
		max: 1000
	},
	{
		name: 'response_modality',
		description: 'How the participant answers: pointer (touch, mouse or pen on the three colour targets) or keyboard (three keys)',
		default: 'pointer',
		options: ['pointer', 'keyboard']
	}
] as const satisfies readonly ParameterSpec[];

const trialColumns = [
	{
		name: 'state',
		type: 'category',
		description: 'Stroop state',
		levels: { off: 'Off: #### printed in a colour', on: 'On: colour word printed in an incongruent ink' }
	},
	{
		name: 'phase',
		type: 'category',
		description: 'Practice (unscored) or scored test run',
		levels: { practice: 'practice', test: 'test' }
	},
	{
		name: 'run',
		type: 'integer',
		description: 'Attempt number within state and phase, from 1; interrupted attempts use up a number'
	},
	{ name: 'index', type: 'integer', description: 'Position of the stimulus in its run, from 0' },
	{ name: 'word', type: 'string', description: 'Text shown: #### (Off) or a colour word in the test language (On)' },
	{
		name: 'word_colour',
		type: 'category',
		description: 'Colour named by the word; empty in the Off state',
		levels: colourLevels,
		nullable: true
	},
	{
		name: 'ink',
		type: 'category',
		description: 'Colour the stimulus was printed in (the correct response)',
		levels: colourLevels
	},
	{
		name: 'response',
		type: 'category',
		description: 'Colour chosen by the participant; empty if none',
		levels: colourLevels,
		nullable: true
	},
	{ name: 'correct', type: 'boolean', description: 'Response equals the ink colour' },
	{
		name: 'onset_ms',
		type: 'number',
		unit: 'ms',
		description: 'Stimulus presentation time on the page time base (performance.now)'
	},
	{
		name: 'response_ms',
		type: 'number',
		unit: 'ms',
		description: "The response input event's timeStamp, on the page time base",
		nullable: true
	},
	{ name: 'rt_ms', type: 'number', unit: 'ms', description: 'Response time: response_ms − onset_ms', nullable: true },
	{
		name: 'modality',
		type: 'category',
		description: 'Input used for the response',
		levels: { key: 'keyboard', mouse: 'mouse', touch: 'touch screen', pen: 'pen / stylus' },
		nullable: true
	},
	{
		name: 'onset_method',
		type: 'category',
		description: 'How onset_ms was measured',
		levels: {
			'element-timing': 'Element Timing API paint time',
			'double-raf': 'second requestAnimationFrame after render'
		}
	},
	{
		name: 'longest_frame_ms',
		type: 'number',
		unit: 'ms',
		description:
			'Longest animation-frame interval between onset and response, up to the first frame stamped after the response; over 1.5 refresh intervals flags dropped_frames'
	},
	{
		name: 'gap_ms',
		type: 'number',
		unit: 'ms',
		nullable: true,
		description: "Previous response's timeStamp to this stimulus's onset: the app's time between two stimuli of a run; empty for a run's first stimulus"
	}
] as const satisfies readonly ColumnSpec[];

const practiceOutcomeLevels = {
	passed: 'A practice run was answered without an error',
	examiner_continued: 'No correct practice run within max_practice_runs_per_state; the examiner let the scored runs begin',
	examiner_stopped: 'No correct practice run within max_practice_runs_per_state; the examiner stopped the test',
	not_given: 'No practice run was made (practice_runs_per_state = 0, or the test ended before this state)'
} as const;

const ifCompleted = 'empty when the state was not completed';
const ifBoth = 'empty unless both states were completed';
const ifAnyRun = 'empty if no scored run was made';

const summaryColumns = [
	{
		name: 'off_time_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `Off state: summed duration of the correct runs, span-based (first onset to last response, so the gaps between stimuli are included); the value scored; ${ifCompleted}`
	},
	{
		name: 'on_time_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `On state: summed duration of the correct runs, span-based (first onset to last response, so the gaps between stimuli are included); the value scored; ${ifCompleted}`
	},
	{
		name: 'total_time_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `off_time_s + on_time_s, the main diagnostic value; ${ifBoth}`
	},
	{ name: 'on_minus_off_s', type: 'number', unit: 's', nullable: true, description: `on_time_s − off_time_s; ${ifBoth}` },
	{
		name: 'off_time_rt_sum_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `Off state: sum of the response times (rt_ms) of the same correct runs as off_time_s; leaves out the time between a response and the next onset (gap_ms); not used for scoring; ${ifCompleted}`
	},
	{
		name: 'on_time_rt_sum_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `On state: sum of the response times (rt_ms) of the same correct runs as on_time_s; leaves out the time between a response and the next onset (gap_ms); not used for scoring; ${ifCompleted}`
	},
	{
		name: 'total_time_rt_sum_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `off_time_rt_sum_s + on_time_rt_sum_s; the response-time counterpart of total_time_s, which (span-based) is the one scored; ${ifBoth}`
	},
	{ name: 'off_runs', type: 'integer', unit: 'count', description: 'Off state: scored runs started (interrupted runs excluded)' },
	{ name: 'on_runs', type: 'integer', unit: 'count', description: 'On state: scored runs started (interrupted runs excluded)' },
	{
		name: 'off_time_all_runs_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `Off state: summed duration of all scored runs, failed ones included; ${ifAnyRun}`
	},
	{
		name: 'on_time_all_runs_s',
		type: 'number',
		unit: 's',
		nullable: true,
		description: `On state: summed duration of all scored runs, failed ones included; ${ifAnyRun}`
	},
	{ name: 'off_completed', type: 'boolean', description: 'Off state reached the required number of correct runs' },
	{ name: 'on_completed', type: 'boolean', description: 'On state reached the required number of correct runs' },
	{ name: 'off_practice_runs', type: 'integer', unit: 'count', description: 'Off state: practice runs made (interrupted runs excluded)' },
	{ name: 'on_practice_runs', type: 'integer', unit: 'count', description: 'On state: practice runs made (interrupted runs excluded)' },
	{
		name: 'off_practice_result',
		type: 'category',
		description: 'Off state: how practice ended',
		levels: practiceOutcomeLevels
	},
	{
		name: 'on_practice_result',
		type: 'category',
		description: 'On state: how practice ended',
		levels: practiceOutcomeLevels
	},
	{ name: 'anticipations', type: 'integer', unit: 'count', description: 'Scored responses with rt_ms below anticipation_ms' },
	{ name: 'error_count', type: 'integer', unit: 'count', description: 'Wrong responses in scored runs (both states)' }
] as const satisfies readonly ColumnSpec[];

export type StroopParameterName = (typeof parameters)[number]['name'];
export type StroopTrialColumn = (typeof trialColumns)[number]['name'];
export type StroopSummaryColumn = (typeof summaryColumns)[number]['name'];

export const stroopDefinition: TaskDefinition = {
	id: 'stroop',
	label: 'Stroop (EncephalApp-style)',
	// 2: practice until a correct run, the ink never repeats across runs and states (the stimuli of a seed differ from version 1).
	version: 2,
	parameters,
	trialColumns,
	summaryColumns
};
