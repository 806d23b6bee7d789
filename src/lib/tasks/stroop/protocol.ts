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
	/** Ink of the last stimulus answered, in any run or state. */
	readonly lastInk: StroopColour | null;
	/** Ink answered just before the current run began: its first stimulus is printed in another. */
	readonly inkBeforeRun: StroopColour | null;
	/** Practice reached its maximum without a correct run: the examiner decides how to go on. */
	readonly awaitingExaminer: boolean;
}

/** The examiner's choice when practice gave no correct run. */
export type PracticeDecision = 'continue' | 'stop';

export interface StroopRespondResult {
	progress: StroopProgress;
	correct: boolean;
	runEnded: null | 'error' | 'complete';
	/** The stage (state + phase) ended with this response. */
	phaseEnded: boolean;
	finished: boolean;
	/** Practice ended without a correct run: nothing goes on until the examiner decides. */
	practiceDecisionNeeded: boolean;
}

function stageRunCount(config: StroopProtocolConfig, stage: StroopStage): number {
	return stage.phase === 'practice' ? config.practiceRunsPerState : config.maxRunsPerState;
}

/** Enters the stage at `stageIndex`, skipping stages with no runs (e.g. practice set to 0). */
function enterStage(progress: StroopProgress, stageIndex: number): StroopProgress {
	let next = stageIndex;
	while (next < stroopStages.length && stageRunCount(progress.config, stroopStages[next]!) === 0) next++;
	return { ...progress, stageIndex: next, runNumber: 1, answeredInRun: 0, runsEnded: 0, correctRuns: 0, awaitingExaminer: false, inkBeforeRun: progress.lastInk };
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
		completed: { off: null, on: null },
		lastInk: null,
		inkBeforeRun: null,
		awaitingExaminer: false
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

/** The stimulus to show now; null when finished or while the examiner decides. */
export function currentStimulus(progress: StroopProgress): StroopStimulus | null {
	const stage = currentStage(progress);
	if (stage === null || progress.awaitingExaminer) return null;
	const { seed, language, runLength } = progress.config;
	const run = runSequence({ seed, language, ...stage, runNumber: progress.runNumber, length: runLength, previousInk: progress.inkBeforeRun });
	return run[progress.answeredInRun] ?? null;
}

export function respond(progress: StroopProgress, response: StroopColour): StroopRespondResult {
	const stage = currentStage(progress);
	const stimulus = currentStimulus(progress);
	if (stage === null) throw new Error('The Stroop protocol has already finished');
	if (stimulus === null) throw new Error('The Stroop protocol is waiting for the examiner');
	const { config } = progress;
	const correct = response === stimulus.ink;
	const answeredInRun = progress.answeredInRun + 1;
	const lastInk = stimulus.ink;
	const none = { phaseEnded: false, finished: false, practiceDecisionNeeded: false };
	if (correct && answeredInRun < config.runLength) {
		return { progress: { ...progress, answeredInRun, lastInk }, correct, runEnded: null, ...none };
	}

	// The run ended: by an error (at once) or with its last stimulus answered correctly.
	const runEnded = correct ? 'complete' : 'error';
	const runsEnded = progress.runsEnded + 1;
	const correctRuns = progress.correctRuns + (correct ? 1 : 0);
	const nextRun: StroopProgress = { ...progress, runNumber: progress.runNumber + 1, answeredInRun: 0, runsEnded, correctRuns, lastInk, inkBeforeRun: lastInk };
	let phaseEnded: boolean;
	let completed = progress.completed;
	if (stage.phase === 'practice') {
		// At least the set number of practice runs, and on until one of them was correct.
		phaseEnded = runsEnded >= config.practiceRunsPerState && correctRuns > 0;
		if (!phaseEnded && runsEnded >= config.maxPracticeRunsPerState) {
			return { progress: { ...nextRun, awaitingExaminer: true }, correct, runEnded, ...none, practiceDecisionNeeded: true };
		}
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

	const next: StroopProgress = phaseEnded ? enterStage({ ...progress, completed, lastInk }, progress.stageIndex + 1) : nextRun;
	return { progress: next, correct, runEnded, phaseEnded, finished: isFinished(next), practiceDecisionNeeded: false };
}

/**
 * The examiner's decision after practice gave no correct run: go on to the scored runs of the
 * state, or stop the test there (every state not yet completed is reported not completed).
 */
export function decideAfterPractice(progress: StroopProgress, decision: PracticeDecision): StroopProgress {
	if (!progress.awaitingExaminer) throw new Error('No practice decision is due');
	if (decision === 'continue') return enterStage(progress, progress.stageIndex + 1);
	const completed = { off: progress.completed.off ?? false, on: progress.completed.on ?? false };
	return { ...progress, completed, stageIndex: stroopStages.length, awaitingExaminer: false, answeredInRun: 0 };
}

/**
 * The current run was interrupted (e.g. a page reload): it is discarded and a fresh run with the
 * next number starts. A run with nothing answered yet has nothing to discard.
 */
export function abortRun(progress: StroopProgress): StroopProgress {
	if (isFinished(progress) || progress.answeredInRun === 0) return progress;
	return { ...progress, runNumber: progress.runNumber + 1, answeredInRun: 0, inkBeforeRun: progress.lastInk };
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
		// Scored runs after a practice with no correct run: the examiner chose to go on.
		if (progress.awaitingExaminer && answer.phase === 'test' && answer.state === currentStage(progress)?.state) {
			progress = decideAfterPractice(progress, 'continue');
		}
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
