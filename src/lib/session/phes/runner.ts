// Runs the digital PHES battery in the page: for each chosen subtest its instructions, a practice
// item (never stored as results), then the test itself, whose rows and raw pointer samples are
// stored as they happen. Plain TypeScript: the Svelte view renders `screen` and forwards input.
import type { HepcogDb } from '../../storage/db';
import type { CellValue, TaskRunRecord } from '../../model/records';
import { addTaskRun, endTaskRun, setSessionStatus } from '../../storage/repos/session-repo';
import { completePhesBattery } from './gather-visit';
import { recordEvents, recordTrial } from '../../storage/repos/trial-repo';
import { isDisruptive, type Interruption } from '../../timing/interruptions';
import { defaultParameters } from '../../tasks/task-definition';
import { pointerSamplesEventType, type PointerSample } from '../../model/pointer-sample';
import type { SubtestAdapter, SubtestInput, SubtestSpec } from '../../tasks/phes/subtest';
import type { PhesInput, PhesScreen } from '../../tasks/phes/screen';
import type { ParticipantRunner } from '../participant-runner';
import { formForVisit } from '../../tasks/shared/rotation';

export interface PhesRunnerOptions {
	db: HepcogDb;
	sessionId: string;
	subtests: readonly SubtestSpec[];
	/** Which form of each subtest: the visit's place in the rotation. */
	formIndex: number;
	/** Where to start (after a resume: the first subtest not completed). */
	startAt: number;
	/** The sheet's mapping to the screen now, stored with each test. */
	sheetParameters: () => Record<string, number>;
	/** Parameters the examiner chose for a subtest (e.g. the DST time limit). */
	parameterChoices?: Partial<Record<string, Record<string, string | number | boolean>>>;
	onScreen: (screen: PhesScreen) => void;
}

const samplesPerWrite = 120;

export class PhesRunner implements ParticipantRunner, PhesInput {
	readonly #o: PhesRunnerOptions;
	#index: number;
	#adapter: SubtestAdapter | null = null;
	#taskRun: TaskRunRecord | null = null;
	#seq = 0;
	#samples: PointerSample[] = [];
	#writes: Promise<unknown> = Promise.resolve();
	#version = 0;
	/** A disruptive interruption happened since the last stored row: the next row is flagged. */
	#interruptedSinceRow = false;
	screen: PhesScreen;

	constructor(options: PhesRunnerOptions) {
		this.#o = options;
		this.#index = options.startAt;
		this.screen = this.#instructions(true);
	}

	/** The time limit of the item in progress (DST), if it has one. */
	get timeLimitMs(): number | undefined {
		return this.#adapter?.timeLimitMs;
	}

	get subtest(): SubtestSpec | undefined {
		return this.#o.subtests[this.#index];
	}

	begin(): void {
		this.#show(this.subtest ? this.#instructions(true) : { kind: 'finished' });
	}

	/** The participant pressed Start on an instruction screen. */
	async start(): Promise<void> {
		const spec = this.subtest;
		if (this.screen.kind !== 'instructions' || !spec) return;
		// The practice item is built from the same parameters as the test that follows it.
		const parameters = {
			...defaultParameters(spec.definition),
			...this.#o.parameterChoices?.[spec.id],
			...this.#o.sheetParameters()
		};
		if (this.screen.practice) {
			this.#adapter = spec.practice(this.#o.formIndex, parameters);
			return this.#showLive('practice');
		}
		const form = formForVisit(spec.forms, this.#o.formIndex);
		const taskRun = await this.#write(() =>
			addTaskRun(this.#o.db, this.#o.sessionId, { task: spec.id, administration: 'digital', formId: form.formId, seed: form.seed, parameters })
		);
		if (!taskRun) return;
		this.#taskRun = taskRun;
		this.#seq = 0;
		this.#samples = [];
		this.#interruptedSinceRow = false;
		this.#adapter = spec.test(form, parameters);
		this.#showLive('test');
	}

	/** Input from the view's handlers (event-stamped); all bookkeeping happens here. */
	input(input: SubtestInput): void {
		const adapter = this.#adapter;
		if (!adapter || (this.screen.kind !== 'practice' && this.screen.kind !== 'test')) return;
		const step = adapter.feed(input);
		const testing = this.screen.kind === 'test';
		if (testing && input.kind === 'samples') this.#samples.push(...input.samples);
		if (testing && step.rows.length > 0) this.#storeRows(step.rows);
		// A long stretch without a new row (an LTT trace) is still written as it goes, about every second.
		else if (testing && this.#samples.length >= samplesPerWrite && !step.finished) void this.#flushSamples(this.#taskRun!.id);
		this.#showLive(this.screen.kind);
		if (step.finished) void this.#finishItem(testing);
	}

	/**
	 * Every visibility, focus, full-screen or size change: logged at once with the subtest it fell
	 * in, and the next stored row of a test in progress is flagged `interrupted`. Leaving full
	 * screen pauses the battery.
	 */
	interrupted(interruption: Interruption): void {
		const testing = this.screen.kind === 'test';
		if (testing && isDisruptive(interruption)) this.#interruptedSinceRow = true;
		const event = { type: interruption.type, timeStampMs: interruption.timeStampMs, detail: {}, trialSeq: testing ? this.#seq : null };
		void this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, testing ? (this.#taskRun?.id ?? null) : null, [event]));
		if (interruption.type === 'fullscreen_exit') void this.pause('fullscreen exit', interruption.timeStampMs);
	}

	/** The examiner paused: a subtest in progress is kept as aborted data and given again from its start. */
	async pause(reason: string, timeStampMs: number): Promise<void> {
		if (this.screen.kind === 'paused' || this.screen.kind === 'finished' || this.screen.kind === 'failed') return;
		const wasTesting = this.screen.kind === 'test';
		this.#show({ kind: 'paused' });
		this.#adapter = null;
		await this.#write(() => recordEvents(this.#o.db, this.#o.sessionId, this.#taskRun?.id ?? null, [{ type: 'paused', timeStampMs, detail: { reason }, trialSeq: null }]));
		if (wasTesting) await this.#abortTaskRun(timeStampMs, 'paused by the examiner');
	}

	continueAfterPause(): void {
		if (this.screen.kind === 'paused') this.#show(this.#instructions(false));
	}

	/** The examiner aborted: a subtest in progress is kept as aborted data, the session marked abandoned. */
	async abandon(reason: string, timeStampMs: number): Promise<void> {
		if (this.#taskRun) await this.#abortTaskRun(timeStampMs, 'session aborted by the examiner');
		await this.#write(() => setSessionStatus(this.#o.db, this.#o.sessionId, 'abandoned', { type: 'aborted_by_examiner', timeStampMs, detail: { reason } }));
	}

	/** Input after this is ignored (the battery has nothing else running: no timers, no frame log). */
	dispose(): void {
		this.#adapter = null;
	}

	async #abortTaskRun(timeStampMs: number, reason: string): Promise<void> {
		const run = this.#taskRun;
		if (!run) return;
		this.#taskRun = null;
		await this.#flushSamples(run.id);
		await this.#write(() => endTaskRun(this.#o.db, run.id, 'aborted', null, { type: 'subtest_aborted', timeStampMs, detail: { reason } }));
	}

	#storeRows(rows: Record<string, CellValue>[]): void {
		const run = this.#taskRun!;
		for (const values of rows) {
			const seq = this.#seq++;
			const samples = this.#samples.splice(0);
			const flags = this.#interruptedSinceRow ? ['interrupted'] : [];
			this.#interruptedSinceRow = false;
			void this.#write(async () => {
				await recordTrial(this.#o.db, { taskRunId: run.id, sessionId: run.sessionId, seq, values, flags, frameTimesMs: [] });
				await this.#storeSamples(run.id, samples);
			});
		}
	}

	async #finishItem(testing: boolean): Promise<void> {
		const adapter = this.#adapter;
		this.#adapter = null;
		if (!testing) return this.#show(this.#instructions(false));
		const run = this.#taskRun!;
		this.#taskRun = null;
		const lastMs = this.#samples[this.#samples.length - 1]?.tMs ?? 0;
		await this.#flushSamples(run.id);
		this.#index++;
		const summary = adapter!.summary();
		if (this.subtest) {
			await this.#write(() => endTaskRun(this.#o.db, run.id, 'complete', summary, { type: 'subtest_complete', timeStampMs: lastMs, detail: {} }));
			return this.#show(this.#instructions(true));
		}
		// The last subtest ends, the session completes and the visit's PHES is gathered and scored: one transaction.
		const completed = await this.#write(() => completePhesBattery(this.#o.db, { sessionId: this.#o.sessionId, lastRunId: run.id, summary, timeStampMs: lastMs }));
		if (!completed) return;
		this.#show({ kind: 'finished' });
	}

	async #flushSamples(taskRunId: string): Promise<void> {
		const samples = this.#samples.splice(0);
		await this.#write(() => this.#storeSamples(taskRunId, samples));
	}

	/** Raw samples are kept as events, one per stored row (or at the end), in order. */
	async #storeSamples(taskRunId: string, samples: PointerSample[]): Promise<void> {
		if (samples.length === 0) return;
		const detail = { count: samples.length, samples: JSON.stringify(samples) };
		await recordEvents(this.#o.db, this.#o.sessionId, taskRunId, [{ type: pointerSamplesEventType, timeStampMs: samples[0]!.tMs, detail, trialSeq: null }]);
	}

	#instructions(practice: boolean): PhesScreen {
		return { kind: 'instructions', subtest: this.subtest?.id ?? 'ncta', practice };
	}

	#showLive(kind: 'practice' | 'test'): void {
		this.#show({ kind, subtest: this.subtest!.id, view: this.#adapter!.view, version: ++this.#version });
	}

	#show(screen: PhesScreen): void {
		this.screen = screen;
		this.#o.onScreen(screen);
	}

	/** Writes run one after another; a failure stops the battery with a message. */
	#write<T>(work: () => Promise<T>): Promise<T | undefined> {
		const next = this.#writes.then(work).catch((error: unknown) => {
			this.#show({ kind: 'failed', message: `Saving failed, so the test was stopped: ${error instanceof Error ? error.message : String(error)}` });
			return undefined;
		});
		this.#writes = next;
		return next;
	}
}
