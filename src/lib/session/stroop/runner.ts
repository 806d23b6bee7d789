// Runs one Stroop administration in the page: the protocol decides what comes next, the timing
// module stamps onsets and responses. Within a run the next stimulus goes on screen in the task of
// the response itself; the answered trial is then timed, flagged and stored while that stimulus is
// shown. A next response is held until that write is acknowledged, and a failed write stops the
// test before it is taken: no answer goes on unrecorded. Plain TypeScript: the Svelte view only
// renders `screen` and forwards input.
import type { HepcogDb } from '../../storage/db';
import { changeSessionStatus } from '../../storage/repos/session-repo';
import { listTrials, recordEvents, recordTrial, type NewEvent } from '../../storage/repos/trial-repo';
import { FrameLog } from '../../timing/frame-log';
import type { Interruption } from '../../timing/interruptions';
import { OnsetClock, type Onset } from '../../timing/onset';
import type { StampedResponse } from '../../timing/response';
import type { StroopColour } from '../../tasks/stroop/colours';
import {
	abortRun,
	currentStage,
	currentStimulus,
	decideAfterPractice,
	respond,
	type PracticeDecision,
	type StroopProgress,
	type StroopProtocolConfig,
	type StroopRespondResult
} from '../../tasks/stroop/protocol';
import type { StroopStimulus } from '../../tasks/stroop/sequence';
import { stroopTrialResults } from '../../tasks/stroop/stored-trials';
import { summarizeStroop } from '../../tasks/stroop/results';
import type { StroopInput, StroopScreen } from '../../tasks/stroop/screen';
import type { ParticipantRunner } from '../participant-runner';
import { answeredTrialRecord } from './answered-trial';

export interface StroopRunnerOptions {
	db: HepcogDb;
	sessionId: string;
	taskRunId: string;
	config: StroopProtocolConfig;
	anticipationMs: number;
	frameIntervalMs: number;
	/** Where the participant is: a new protocol, or one replayed from stored trials. */
	progress: StroopProgress;
	nextSeq: number;
	onScreen: (screen: StroopScreen) => void;
	/** After the run is stored as complete, before the participant sees the end: score it. */
	onComplete?: () => Promise<unknown>;
	/** The fixed pauses; only tests change them. */
	pausesMs?: { ready: number; wrong: number };
}

/** Pauses between runs and after a wrong answer: fixed, so every participant gets the same. */
export const readyPauseMs = 1000;
export const wrongPauseMs = 1500;

interface ShownStimulus {
	stimulus: StroopStimulus;
	seq: number;
	onset: Promise<Onset>;
	/** The last frame before the stimulus was put on screen; interruptions after it hit this trial. */
	shownAfterFrameMs: number;
	/** The response that put it on screen at once; null for a run's first stimulus. */
	previousResponseMs: number | null;
}

interface GivenAnswer {
	shown: ShownStimulus;
	answer: StampedResponse<StroopColour>;
}

export class StroopRunner implements ParticipantRunner, StroopInput {
	readonly #o: StroopRunnerOptions;
	#progress: StroopProgress;
	#nextSeq: number;
	#frameLog = new FrameLog();
	#onsetClock = new OnsetClock();
	#shown: ShownStimulus | null = null;
	#accepting = false;
	#pendingEvents: NewEvent[] = [];
	#interruptions: Interruption[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The write of the last answered trial until it is acknowledged: true when stored. */
	#inFlight: Promise<boolean> | null = null;
	/** An answer given while the previous trial's write was still open: taken once it is stored. */
	#held: GivenAnswer | null = null;
	screen: StroopScreen;

	constructor(options: StroopRunnerOptions) {
		this.#o = options;
		this.#progress = options.progress;
		this.#nextSeq = options.nextSeq;
		this.screen = this.#instructions();
	}

	/** Starts the frame log and shows the instructions of the current stage (or the examiner's pending decision). */
	begin(): void {
		this.#frameLog.start();
		this.#show(this.#progress.awaitingExaminer ? this.#decisionScreen() : this.#instructions());
	}

	/** The participant pressed Start on an instruction screen. */
	startStage(): void {
		if (this.screen.kind === 'instructions') this.#readyThenStimulus();
	}

	/** Called by the view's input handlers with the event-stamped response. */
	respond(response: StampedResponse<StroopColour>): void {
		if (!this.#accepting || !this.#shown) return;
		this.#accepting = false;
		const given = { shown: this.#shown, answer: response };
		if (this.#inFlight === null) return this.#take(given, true);
		// The previous trial is not stored yet: this answer waits for its acknowledgement.
		this.#held = given;
		void this.#inFlight.then((stored) => {
			const held = this.#held;
			if (!stored || held !== given || this.screen.kind === 'paused') return;
			this.#held = null;
			this.#take(held, true);
		});
	}

	/** Practice runs after which the examiner decides (shown to the examiner). */
	get maxPracticeRuns(): number {
		return this.#o.config.maxPracticeRunsPerState;
	}

	/** The examiner's choice after a practice with no correct run (from the examiner's controls). */
	async decidePractice(decision: PracticeDecision, timeStampMs: number): Promise<void> {
		if (this.screen.kind !== 'practice_decision') return;
		if (!(await this.#settled())) return;
		const stage = currentStage(this.#progress);
		this.#progress = decideAfterPractice(this.#progress, decision);
		const event: NewEvent = { type: 'practice_decision', timeStampMs, detail: { state: stage?.state ?? null, decision }, trialSeq: null };
		if (decision === 'stop') return void this.#finish(timeStampMs, [event]);
		this.#pendingEvents.push(event);
		this.#show(this.#instructions());
	}

	/** Every visibility, focus, full-screen or size change, as it happens. */
	interrupted(interruption: Interruption): void {
		const inTrial = this.#shown !== null && interruption.timeStampMs >= this.#shown.shownAfterFrameMs;
		this.#interruptions.push(interruption);
		const event: NewEvent = { type: interruption.type, timeStampMs: interruption.timeStampMs, detail: {}, trialSeq: inTrial ? this.#shown!.seq : null };
		// A hidden page may be discarded: that event is written at once (the trial is flagged anyway).
		if (interruption.type === 'visibility_hidden') void this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, [event]));
		else this.#pendingEvents.push(event);
		if (interruption.type === 'fullscreen_exit') this.pause('fullscreen exit', interruption.timeStampMs);
	}

	/** The examiner paused (or full screen was left): the current run is abandoned and kept as aborted data. */
	pause(reason: string, timeStampMs: number): void {
		if (this.screen.kind === 'paused' || this.screen.kind === 'finished' || this.screen.kind === 'failed') return;
		clearTimeout(this.#timer);
		if (this.#accepting && this.#shown) this.#nextSeq = this.#shown.seq; // shown but never answered: no trial
		this.#accepting = false;
		this.#shown = null;
		this.#show({ kind: 'paused' });
		// Answers already given are stored first; the run they belong to is then aborted.
		void this.#settled().then((stored) => {
			if (!stored) return;
			const stage = currentStage(this.#progress);
			const before = this.#progress;
			this.#progress = abortRun(this.#progress);
			const events: NewEvent[] = [...this.#pendingEvents, { type: 'paused', timeStampMs, detail: { reason }, trialSeq: null }];
			if (stage && before !== this.#progress) {
				events.push({ type: 'run_aborted', timeStampMs, detail: { state: stage.state, phase: stage.phase, run: before.runNumber }, trialSeq: null });
			}
			this.#pendingEvents = [];
			return this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, events));
		});
	}

	/** The examiner lets the participant go on: the interrupted run starts again from its start. */
	async continueAfterPause(timeStampMs: number): Promise<void> {
		if (this.screen.kind !== 'paused') return;
		if (!(await this.#settled())) return;
		void this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, [{ type: 'continued', timeStampMs, detail: {}, trialSeq: null }]));
		if (this.#progress.awaitingExaminer) this.#show(this.#decisionScreen());
		else if (this.#progress.answeredInRun === 0 && this.#progress.runsEnded === 0) this.#show(this.#instructions());
		else this.#readyThenStimulus();
	}

	/** The examiner aborted: the session is kept, marked abandoned. */
	async abandon(reason: string, timeStampMs: number): Promise<void> {
		if (!(await this.#settled())) return; // an answer already given is stored before the session closes
		this.dispose();
		await this.#write(async () => {
			await recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, this.#pendingEvents);
			await changeSessionStatus(this.#o.db, this.#o.sessionId, this.#o.taskRunId, {
				session: 'abandoned',
				taskRun: 'aborted',
				event: { type: 'aborted_by_examiner', timeStampMs, detail: { reason } }
			});
		});
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#accepting = false;
		this.#frameLog.stop();
		this.#onsetClock.disconnect();
	}

	#show(screen: StroopScreen): void {
		this.screen = screen;
		this.#o.onScreen(screen);
	}

	#instructions(): StroopScreen {
		const stage = currentStage(this.#progress);
		// Without practice the scored runs are the first thing of a state: its instructions come there.
		const explainsState = stage?.phase === 'practice' || this.#o.config.practiceRunsPerState === 0;
		return { kind: 'instructions', stageIndex: this.#progress.stageIndex, explainsState };
	}

	#decisionScreen(): StroopScreen {
		return { kind: 'practice_decision', state: currentStage(this.#progress)?.state ?? 'off' };
	}

	#readyThenStimulus(): void {
		this.#show({ kind: 'ready' });
		this.#timer = setTimeout(() => this.#showStimulus(null), this.#o.pausesMs?.ready ?? readyPauseMs);
	}

	#showStimulus(previousResponseMs: number | null): void {
		const stimulus = currentStimulus(this.#progress);
		if (!stimulus) return;
		const seq = this.#nextSeq++;
		const timingId = `stroop-${this.#o.taskRunId}-${seq}`;
		const lastFrames = this.#frameLog.frameTimesMs;
		// The view renders the element with `elementtiming=timingId` in this same task.
		this.#show({ kind: 'stimulus', stimulus, timingId });
		const onset = this.#onsetClock.capture(timingId);
		this.#shown = { stimulus, seq, onset, shownAfterFrameMs: lastFrames[lastFrames.length - 1] ?? 0, previousResponseMs };
		this.#accepting = true;
	}

	/**
	 * Takes an answer: the protocol moves on and, within a run, the next stimulus is put on screen
	 * in this same task, before anything else; then the answered trial is timed and stored.
	 */
	#take(given: GivenAnswer, showNext: boolean): void {
		const result = respond(this.#progress, given.answer.response);
		this.#progress = result.progress;
		this.#shown = null;
		if (showNext && this.screen.kind !== 'paused') this.#next(result, given.answer.responseMs);
		const write = this.#store(given, result.correct);
		this.#inFlight = write;
		void write.then((stored) => {
			if (this.#inFlight === write) this.#inFlight = null;
			if (stored && result.finished) void this.#finish(given.answer.responseMs);
		});
	}

	/** What the participant sees after an answer: the next stimulus at once, or the screen between runs. */
	#next(result: StroopRespondResult, responseMs: number): void {
		if (result.finished) return; // the end is shown once the last answer is stored
		if (result.runEnded === null) return this.#showStimulus(responseMs);
		if (result.practiceDecisionNeeded) {
			this.#show({ kind: 'wrong' });
			this.#timer = setTimeout(() => this.#show(this.#decisionScreen()), this.#o.pausesMs?.wrong ?? wrongPauseMs);
		} else if (result.runEnded === 'error') {
			this.#show({ kind: 'wrong' });
			this.#timer = setTimeout(() => (result.phaseEnded ? this.#show(this.#instructions()) : this.#readyThenStimulus()), this.#o.pausesMs?.wrong ?? wrongPauseMs);
		} else if (result.phaseEnded) this.#show(this.#instructions());
		else this.#readyThenStimulus();
	}

	/** Times, flags and stores an answered trial, while the next stimulus is already shown. */
	async #store({ shown, answer }: GivenAnswer, correct: boolean): Promise<boolean> {
		const onset = await shown.onset;
		// The frame check waits for the first frame stamped after the response (see framesSpanning).
		const frameTimesMs = await this.#frameLog.framesSpanning(onset.onsetMs, answer.responseMs);
		// That frame is the one painting the next stimulus: the work below waits for the frame after
		// it, so it cannot compete with drawing the stimulus.
		await this.#frameLog.frameAfter(frameTimesMs[frameTimesMs.length - 1]!);
		await new Promise((resolve) => setTimeout(resolve, 0));
		const interruptions = this.#interruptions.filter((i) => i.timeStampMs >= shown.shownAfterFrameMs && i.timeStampMs <= answer.responseMs);
		this.#interruptions = this.#interruptions.filter((i) => i.timeStampMs > answer.responseMs);
		const { values, flags } = answeredTrialRecord({
			stimulus: shown.stimulus,
			onset,
			answer,
			correct,
			previousResponseMs: shown.previousResponseMs,
			frameTimesMs,
			interruptions,
			expectedOnsetMethod: this.#onsetClock.method,
			frameIntervalMs: this.#o.frameIntervalMs,
			anticipationMs: this.#o.anticipationMs
		});
		const events = this.#pendingEvents;
		this.#pendingEvents = [];
		const stored = await this.#write(() =>
			recordTrial(this.#o.db, { taskRunId: this.#o.taskRunId, sessionId: this.#o.sessionId, seq: shown.seq, values, flags, frameTimesMs }, events)
		);
		return stored !== undefined;
	}

	/**
	 * Waits until every answer given is stored, a held one included (taken without showing anything
	 * new: the examiner has the screen). False when a write failed and the test has stopped.
	 */
	async #settled(): Promise<boolean> {
		for (;;) {
			const inFlight = this.#inFlight;
			if (inFlight === null) break;
			if (!(await inFlight)) return false;
			if (this.#inFlight === inFlight) this.#inFlight = null;
		}
		const held = this.#held;
		if (held === null) return this.screen.kind !== 'failed';
		this.#held = null;
		this.#take(held, false);
		return this.#settled();
	}

	async #finish(timeStampMs: number, events: NewEvent[] = []): Promise<void> {
		this.dispose();
		await this.#write(async () => {
			await recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, [...this.#pendingEvents, ...events]);
			this.#pendingEvents = [];
			const trials = await listTrials(this.#o.db, this.#o.taskRunId);
			const summary = summarizeStroop(stroopTrialResults(this.#o.config, trials), this.#o.anticipationMs, {
				runLength: this.#o.config.runLength,
				correctRunsPerState: this.#o.config.correctRunsPerState
			});
			await changeSessionStatus(this.#o.db, this.#o.sessionId, this.#o.taskRunId, {
				session: 'complete',
				taskRun: 'complete',
				summary,
				event: { type: 'completed', timeStampMs, detail: {} }
			});
			await this.#o.onComplete?.();
		});
		if (this.screen.kind !== 'failed') this.#show({ kind: 'finished' });
	}

	/** A storage failure stops the task with a message: nothing may go on unrecorded. */
	async #write<T>(work: () => Promise<T>): Promise<T | undefined> {
		try {
			return await work();
		} catch (error) {
			this.dispose();
			this.#show({ kind: 'failed', message: `Saving failed, so the test was stopped: ${error instanceof Error ? error.message : String(error)}` });
			return undefined;
		}
	}
}
