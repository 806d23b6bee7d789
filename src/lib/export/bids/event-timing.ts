// What onset, duration, response_time and trial_type mean for each task with trials (ecosystem.md
// §1.3), read from the task's own declared timing columns. Every time is on the page clock
// (performance.now, ms); the export makes onsets relative to the run's start and writes seconds.
import type { CellValue, TestLanguage } from '../../model/records';
import type { DstTrialColumn } from '../../tasks/phes/dst/definition';
import { dstDefinition } from '../../tasks/phes/dst/definition';
import type { LttTrialColumn } from '../../tasks/phes/ltt/definition';
import type { NctTrialColumn } from '../../tasks/phes/nct/definition';
import type { SdtTrialColumn } from '../../tasks/phes/sdt/definition';
import type { PhesSubtestId } from '../../tasks/phes/subtest';
import { phesTexts } from '../../tasks/phes/texts';
import { stroopDefinition, type StroopTrialColumn } from '../../tasks/stroop/definition';
import { stroopTexts } from '../../tasks/stroop/stimuli';

type Values = Readonly<Record<string, CellValue>>;

/** One trial as an event, on the page clock. */
export interface TrialEvent {
	startMs: number | null;
	durationMs: number | null;
	responseTimeMs: number | null;
	trialType: string;
}

export interface TaskEvents {
	/** The BIDS task label (`task-<label>`). */
	label: string;
	description: string;
	/** What each of the four BIDS columns means for this task (the sidecar says it). */
	onset: string;
	duration: string;
	responseTime: string;
	trialTypes: Readonly<Record<string, string>>;
	/** The participant-facing instructions in the test language. */
	instructions: (language: TestLanguage) => string;
	/** The trial as an event; `previous` is the trial before it in the same run. */
	event: (values: Values, previous: Values | undefined) => TrialEvent;
}

/** A declared column's number; null when empty or not finite. */
const num = <C extends string>(values: Values | undefined, column: C): number | null => {
	const value = values?.[column];
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

const levelsOf = (column: string, definition: { trialColumns: readonly { name: string; levels?: Readonly<Record<string, string>> }[] }) =>
	definition.trialColumns.find((c) => c.name === column)?.levels ?? {};

const stroopStates = levelsOf('state', stroopDefinition);
const stroopPhases = levelsOf('phase', stroopDefinition);

const stroop: TaskEvents = {
	label: 'stroop',
	description:
		'EncephalApp-style Stroop: in the Off state a row of #### is printed in a colour, in the On state a colour word is printed in another ink; the participant answers the ink colour, run after run, until the required number of error-free runs. Practice runs come first in each state.',
	onset: 'Stimulus onset (onset_ms): the paint time of the stimulus.',
	duration: 'From stimulus onset to the response (rt_ms): the stimulus stays until it is answered; n/a without a response.',
	responseTime: 'Response time (rt_ms): response_ms − onset_ms; n/a without a response.',
	trialTypes: Object.fromEntries(
		Object.entries(stroopStates).flatMap(([state, stateText]) => Object.entries(stroopPhases).map(([phase]) => [`${state}_${phase}`, `${stateText}; ${phase} run`]))
	),
	instructions: (language) => `${stroopTexts[language].offInstructions} ${stroopTexts[language].onInstructions}`,
	event: (values) => {
		const rt = num<StroopTrialColumn>(values, 'rt_ms');
		return { startMs: num<StroopTrialColumn>(values, 'onset_ms'), durationMs: rt, responseTimeMs: rt, trialType: `${values.state}_${values.phase}` };
	}
};

const phesInstructions = (subtest: PhesSubtestId) => (language: TestLanguage) => `${phesTexts[language].practice[subtest]} ${phesTexts[language].testIntro}`;

const nct = (subtest: 'ncta' | 'nctb', description: string): TaskEvents => ({
	label: `phes${subtest}`,
	description,
	onset: 'The moment the pen (or finger) first reached the circle (reached_ms).',
	duration: '0: reaching a circle is an instant.',
	responseTime: 'Time from reaching the previous circle to reaching this one (since_previous_ms); n/a for the first circle.',
	trialTypes: { target: 'A circle to connect, in connection order' },
	instructions: phesInstructions(subtest),
	event: (values) => ({
		startMs: num<NctTrialColumn>(values, 'reached_ms'),
		durationMs: 0,
		responseTimeMs: num<NctTrialColumn>(values, 'since_previous_ms'),
		trialType: 'target'
	})
});

const dst: TaskEvents = {
	label: 'phesdst',
	description: 'PHES digit symbol test: for each digit shown, the participant picks the symbol the key pairs with it, as many as possible within the time limit.',
	onset: 'When the item (digit) appeared: t_ms − rt_ms. Each response shows the next digit, so this is the previous response, or the first item’s onset.',
	duration: 'From the item appearing to its response (rt_ms).',
	responseTime: 'Response time (rt_ms).',
	trialTypes: levelsOf('phase', dstDefinition),
	instructions: phesInstructions('dst'),
	event: (values) => {
		const rt = num<DstTrialColumn>(values, 'rt_ms');
		return { startMs: minus(num<DstTrialColumn>(values, 't_ms'), rt), durationMs: rt, responseTimeMs: rt, trialType: String(values.phase) };
	}
};

const sdt: TaskEvents = {
	label: 'phessdt',
	description: 'PHES serial dotting test: a dot in the middle of each of 100 circles, row by row, as fast as possible.',
	onset: 'The pointer down that made the dot (t_ms).',
	duration: '0: a dot is an instant.',
	responseTime: 'Time since the previous dot (t_ms difference); n/a for the first dot.',
	trialTypes: { dot: 'A dot, the n-th belonging to the n-th circle' },
	instructions: phesInstructions('sdt'),
	event: (values, previous) => ({
		startMs: num<SdtTrialColumn>(values, 't_ms'),
		durationMs: 0,
		responseTimeMs: minus(num<SdtTrialColumn>(values, 't_ms'), num<SdtTrialColumn>(previous, 't_ms')),
		trialType: 'dot'
	})
};

const ltt: TaskEvents = {
	label: 'phesltt',
	description: 'PHES line tracing test: a line drawn along a winding track without touching or crossing its edges; each row is one excursion beyond an edge.',
	onset: 'When the trace went beyond the edge (start_ms).',
	duration: 'Until it last came back inside (end_ms − start_ms); n/a when the test ended outside.',
	responseTime: 'n/a: an excursion is no response to a stimulus.',
	trialTypes: { excursion: 'The trace beyond an edge of the track, counted once' },
	instructions: phesInstructions('ltt'),
	event: (values) => ({
		startMs: num<LttTrialColumn>(values, 'start_ms'),
		durationMs: minus(num<LttTrialColumn>(values, 'end_ms'), num<LttTrialColumn>(values, 'start_ms')),
		responseTimeMs: null,
		trialType: 'excursion'
	})
};

/** Each task with trials, by task id; a task without trials (paper PHES, the gathered six values) has no events file. */
export const taskEvents: Readonly<Partial<Record<string, TaskEvents>>> = {
	stroop,
	ncta: nct('ncta', 'PHES number connection test A: circles 1 to 25 connected in order with one continuous line, as fast as possible.'),
	nctb: nct('nctb', 'PHES number connection test B: circles connected alternating numbers and letters (1, A, 2, B … 13), as fast as possible.'),
	dst,
	sdt,
	ltt
};

/** What onset 0 is in every events file. */
export const runStartDescription =
	"Onset 0 is the run's first recorded time on the page clock: its first pointer sample or its first stimulus, whichever came first. A run resumed after the page was reloaded continues on a new clock, so each page load is its own BIDS run.";
