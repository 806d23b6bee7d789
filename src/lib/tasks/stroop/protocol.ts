// The Stroop protocol as a pure, immutable state machine (clinical-spec §1): Off practice, Off
// test, On practice, On test. No DOM and no clock: the page feeds responses in, storage keeps the
// answered trials, and `replay` rebuilds the progress from them after a reload.
import type { StroopColour } from './colours';
import { validateStroopConfig, type StroopProtocolConfig } from './config';
import { runSequence, type StroopPhase, type StroopState, type StroopStimulus } from './sequence';

export type { StroopProtocolConfig } from './config';
export { stroopProtocolConfig } from './config';

export interface StroopStage {
	state: StroopState;
	phase: StroopPhase;
}

export const stroopStages: readonly StroopStage[] = [
	{ state: 'off', phase: 'practice' },
	{ state: 'off', phase: 'test' },
	{ state: 'on', phase: 'practice' },
	{ state: 'on', phase: 'test' }
];

/** Plain, serialisable snapshot of where the participant is. */
export interface StroopProgress {
	readonly config: StroopProtocolConfig;
	/** Index into `stroopStages`; equals its length once finished. */
	readonly stageIndex: number;
	/** Number of the current run within the stage, from 1; aborted runs use up a number. */
	readonly runNumber: number;
	/** Stimuli of the current run answered so far (= index of the next one). */
	readonly answeredInRun: number;
	/** Runs of this stage that ended (by an error or by completion); aborted runs excluded. */
	readonly runsEnded: number;
	/** Runs of this stage answered fully correctly. */
	readonly correctRuns: number;
	/** Test-phase outcome per state: null until that state's test phase has ended. */
	readonly completed: Readonly<Record<StroopState, boolean | null>>;
}

export interface StroopRespondResult {
	progress: StroopProgress;
	correct: boolean;
	runEnded: null | 'error' | 'complete';
	/** The stage (state + phase) ended with this response. */
	phaseEnded: boolean;
	finished: boolean;
}

function stageRunCount(config: StroopProtocolConfig, stage: StroopStage): number {
	return stage.phase === 'practice' ? config.practiceRunsPerState : config.maxRunsPerState;
}

/** Enters the stage at `stageIndex`, skipping stages with no runs (e.g. practice set to 0). */
function enterStage(progress: StroopProgress, stageIndex: number): StroopProgress {
	let next = stageIndex;
	while (next < stroopStages.length && stageRunCount(progress.config, stroopStages[next]!) === 0) next++;
	return { ...progress, stageIndex: next, runNumber: 1, answeredInRun: 0, runsEnded: 0, correctRuns: 0 };
}

export function startProtocol(config: StroopProtocolConfig): StroopProgress {
	validateStroopConfig(config);
	const blank: StroopProgress = {
		config: { ...config },
		stageIndex: 0,
		runNumber: 1,
		answeredInRun: 0,
		runsEnded: 0,
		correctRuns: 0,
		completed: { off: null, on: null }
	};
	return enterStage(blank, 0);
}

/** The stage in progress; null when finished. */
export function currentStage(progress: StroopProgress): StroopStage | null {
	return stroopStages[progress.stageIndex] ?? null;
}

export function isFinished(progress: StroopProgress): boolean {
	return currentStage(progress) === null;
}

/** The stimulus to show now; null when finished. */
export function currentStimulus(progress: StroopProgress): StroopStimulus | null {
	const stage = currentStage(progress);
	if (stage === null) return null;
	const { seed, language, runLength } = progress.config;
	const run = runSequence({ seed, language, ...stage, runNumber: progress.runNumber, length: runLength });
	return run[progress.answeredInRun] ?? null;
}

export function respond(progress: StroopProgress, response: StroopColour): StroopRespondResult {
	const stage = currentStage(progress);
	const stimulus = currentStimulus(progress);
	if (stage === null || stimulus === null) throw new Error('The Stroop protocol has already finished');
	const { config } = progress;
	const correct = response === stimulus.ink;
	const answeredInRun = progress.answeredInRun + 1;
	if (correct && answeredInRun < config.runLength) {
		return { progress: { ...progress, answeredInRun }, correct, runEnded: null, phaseEnded: false, finished: false };
	}

	// The run ended: by an error (at once) or with its last stimulus answered correctly.
	const runEnded = correct ? 'complete' : 'error';
	const runsEnded = progress.runsEnded + 1;
	const correctRuns = progress.correctRuns + (correct ? 1 : 0);
	let phaseEnded: boolean;
	let completed = progress.completed;
	if (stage.phase === 'practice') {
		phaseEnded = runsEnded >= config.practiceRunsPerState;
	} else if (correctRuns >= config.correctRunsPerState) {
		phaseEnded = true;
		completed = { ...completed, [stage.state]: true };
	} else if (runsEnded >= config.maxRunsPerState) {
		// Stop rule: the participant is not kept forever; the state is reported not completed.
		phaseEnded = true;
		completed = { ...completed, [stage.state]: false };
	} else {
		phaseEnded = false;
	}

	const next: StroopProgress = phaseEnded
		? enterStage({ ...progress, completed }, progress.stageIndex + 1)
		: { ...progress, runNumber: progress.runNumber + 1, answeredInRun: 0, runsEnded, correctRuns };
	return { progress: next, correct, runEnded, phaseEnded, finished: isFinished(next) };
}

/**
 * The current run was interrupted (e.g. a page reload): it is discarded and a fresh run with the
 * next number starts. A run with nothing answered yet has nothing to discard.
 */
export function abortRun(progress: StroopProgress): StroopProgress {
	if (isFinished(progress) || progress.answeredInRun === 0) return progress;
	return { ...progress, runNumber: progress.runNumber + 1, answeredInRun: 0 };
}

export interface StroopAnswer {
	state: StroopState;
	phase: StroopPhase;
	runNumber: number;
	response: StroopColour;
}

export interface StroopRunKey {
	state: StroopState;
	phase: StroopPhase;
	runNumber: number;
}

export interface StroopReplayResult {
	progress: StroopProgress;
	/** Runs the log shows were interrupted, in order, including a trailing partial one. */
	abortedRuns: StroopRunKey[];
}

function runKeyOf(progress: StroopProgress): StroopRunKey | null {
	const stage = currentStage(progress);
	return stage === null ? null : { ...stage, runNumber: progress.runNumber };
}

function sameRun(a: StroopRunKey | null, b: StroopRunKey): boolean {
	return a !== null && a.state === b.state && a.phase === b.phase && a.runNumber === b.runNumber;
}

/** Like `replay`, and also tells which runs were interrupted (their trials must not be scored). */
export function replayLog(config: StroopProtocolConfig, answered: ReadonlyArray<StroopAnswer>): StroopReplayResult {
	let progress = startProtocol(config);
	const abortedRuns: StroopRunKey[] = [];
	const abort = () => {
		const key = runKeyOf(progress);
		if (key !== null && progress.answeredInRun > 0) abortedRuns.push(key);
		progress = abortRun(progress);
	};
	answered.forEach((answer, position) => {
		if (!sameRun(runKeyOf(progress), answer)) abort();
		const expected = runKeyOf(progress);
		if (!sameRun(expected, answer)) {
			const where = expected === null ? 'the end' : `${expected.state}/${expected.phase}/run ${expected.runNumber}`;
			const got = `${answer.state}/${answer.phase}/run ${answer.runNumber}`;
			throw new Error(`Stored Stroop answer ${position} (${got}) does not follow the protocol, which is at ${where}`);
		}
		progress = respond(progress, answer.response).progress;
	});
	// A resumed session always restarts the interrupted run from its start.
	abort();
	return { progress, abortedRuns };
}

/** Rebuilds the progress from the stored answered trials, in the order they were answered. */
export function replay(config: StroopProtocolConfig, answered: ReadonlyArray<StroopAnswer>): StroopProgress {
	return replayLog(config, answered).progress;
}
