// Runs one Stroop administration in the page: the protocol decides what comes next, the timing
// module stamps onsets and responses, and every answered trial is stored before the next stimulus
// appears. Plain TypeScript: the Svelte view only renders `screen` and forwards input.
import type { HepcogDb } from '../../storage/db';
import type { CellValue } from '../../model/records';
import { changeSessionStatus } from '../../storage/repos/session-repo';
import { listTrials, recordEvents, recordTrial, type NewEvent } from '../../storage/repos/trial-repo';
import { FrameLog } from '../../timing/frame-log';
import type { Interruption } from '../../timing/interruptions';
import { OnsetClock, type Onset } from '../../timing/onset';
import { responseTimeMs, type StampedResponse } from '../../timing/response';
import { trialFlags } from '../../timing/trial-flags';
import type { StroopColour } from '../../tasks/stroop/colours';
import { abortRun, currentStage, currentStimulus, respond, type StroopProgress, type StroopProtocolConfig } from '../../tasks/stroop/protocol';
import type { StroopStimulus } from '../../tasks/stroop/sequence';
import { stroopTrialResults } from '../../tasks/stroop/stored-trials';
import { summarizeStroop } from '../../tasks/stroop/results';
import type { StroopInput, StroopScreen } from '../../tasks/stroop/screen';
import type { ParticipantRunner } from '../participant-runner';

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
	/** The answered trial being timed and stored, if any. */
	#inFlight: Promise<void> | null = null;
	screen: StroopScreen;

	constructor(options: StroopRunnerOptions) {
		this.#o = options;
		this.#progress = options.progress;
		this.#nextSeq = options.nextSeq;
		this.screen = this.#instructions();
	}

	/** Starts the frame log and shows the instructions of the current stage. */
	begin(): void {
		this.#frameLog.start();
		this.#show(this.#instructions());
	}

	/** The participant pressed Start on an instruction screen. */
	startStage(): void {
		if (this.screen.kind === 'instructions') this.#readyThenStimulus();
	}

	/** Called by the view's input handlers with the event-stamped response. Does nothing else. */
	respond(response: StampedResponse<StroopColour>): void {
		if (!this.#accepting || !this.#shown) return;
		this.#accepting = false;
		this.#inFlight = this.#afterResponse(this.#shown, response).finally(() => (this.#inFlight = null));
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
		if (this.#inFlight === null) this.#shown = null;
		this.#show({ kind: 'paused' });
		// An answer already given is stored first; the run it belongs to is then aborted.
		void (this.#inFlight ?? Promise.resolve()).then(() => {
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
		await this.#inFlight;
		void this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, this.#o.taskRunId, [{ type: 'continued', timeStampMs, detail: {}, trialSeq: null }]));
		if (this.#progress.answeredInRun === 0 && this.#progress.runsEnded === 0) this.#show(this.#instructions());
		else this.#readyThenStimulus();
	}

	/** The examiner aborted: the session is kept, marked abandoned. */
	async abandon(reason: string, timeStampMs: number): Promise<void> {
		await this.#inFlight; // an answer already given is stored before the session closes
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
		return { kind: 'instructions', stageIndex: this.#progress.stageIndex };
	}

	#readyThenStimulus(): void {
		this.#show({ kind: 'ready' });
		this.#timer = setTimeout(() => this.#showStimulus(), readyPauseMs);
	}

	#showStimulus(): void {
		const stimulus = currentStimulus(this.#progress);
		if (!stimulus) return;
		const seq = this.#nextSeq++;
		const timingId = `stroop-${this.#o.taskRunId}-${seq}`;
		const lastFrames = this.#frameLog.frameTimesMs;
		// The view renders the element with `elementtiming=timingId` in this same task.
		this.#show({ kind: 'stimulus', stimulus, timingId });
		this.#shown = { stimulus, seq, onset: this.#onsetClock.capture(timingId), shownAfterFrameMs: lastFrames[lastFrames.length - 1] ?? 0 };
		this.#accepting = true;
	}

	/** Between the response and the next onset: time, flag, store, then decide what comes next. */
	async #afterResponse(shown: ShownStimulus, answer: StampedResponse<StroopColour>): Promise<void> {
		const onset = await shown.onset;
		await this.#frameLog.nextFrame(); // completes the frame interval that contains the response
		this.#shown = null;
		const rtMs = responseTimeMs(onset.onsetMs, answer.responseMs)!;
		const interruptions = this.#interruptions.filter((i) => i.timeStampMs >= shown.shownAfterFrameMs && i.timeStampMs <= answer.responseMs);
		this.#interruptions = [];
		const frameTimesMs = this.#frameLog.framesSince(onset.onsetMs);
		const { flags, longestFrameMs } = trialFlags({
			onsetMs: onset.onsetMs,
			responseMs: answer.responseMs,
			rtMs,
			onsetMethod: onset.method,
			expectedOnsetMethod: this.#onsetClock.method,
			frameTimesMs,
			frameIntervalMs: this.#o.frameIntervalMs,
			interruptions,
			anticipationMs: this.#o.anticipationMs
		});
		const result = respond(this.#progress, answer.response);
		const { stimulus } = shown;
		const values: Record<string, CellValue> = {
			state: stimulus.state,
			phase: stimulus.phase,
			run: stimulus.runNumber,
			index: stimulus.index,
			word: stimulus.word,
			word_colour: stimulus.wordColour,
			ink: stimulus.ink,
			response: answer.response,
			correct: result.correct,
			onset_ms: onset.onsetMs,
			response_ms: answer.responseMs,
			rt_ms: rtMs,
			modality: answer.modality,
			onset_method: onset.method,
			longest_frame_ms: longestFrameMs
		};
		const events = this.#pendingEvents;
		this.#pendingEvents = [];
		const stored = await this.#write(() =>
			recordTrial(this.#o.db, { taskRunId: this.#o.taskRunId, sessionId: this.#o.sessionId, seq: shown.seq, values, flags, frameTimesMs }, events)
		);
		if (!stored) return;
		this.#progress = result.progress;
		if (result.finished) return void this.#finish(answer.responseMs);
		if (this.screen.kind === 'paused') return; // the examiner paused meanwhile: wait for them
		if (result.runEnded === 'error') {
			this.#show({ kind: 'wrong' });
			this.#timer = setTimeout(() => (result.phaseEnded ? this.#show(this.#instructions()) : this.#readyThenStimulus()), wrongPauseMs);
		} else if (result.phaseEnded) this.#show(this.#instructions());
		else if (result.runEnded === 'complete') this.#readyThenStimulus();
		else this.#showStimulus();
	}

	async #finish(timeStampMs: number): Promise<void> {
		this.dispose();
		await this.#write(async () => {
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
