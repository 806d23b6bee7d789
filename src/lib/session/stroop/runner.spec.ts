// The Stroop runner with synthetic participants and a hand-driven display: animation frames are
// delivered by the test with chosen timestamps, so onsets, frame logs and gaps are known exactly.
// (Node has no Element Timing: onsets come from the double-rAF fallback, the second frame after
// the stimulus was put on screen.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskRunRecord } from '../../model/records';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import { getSession, listTaskRuns, startSession } from '../../storage/repos/session-repo';
import { listEvents, listTrials } from '../../storage/repos/trial-repo';
import type { StroopColour } from '../../tasks/stroop/colours';
import { stroopDefinition } from '../../tasks/stroop/definition';
import { startProtocol, stroopProtocolConfig } from '../../tasks/stroop/protocol';
import type { StroopScreen } from '../../tasks/stroop/screen';
import { defaultParameters } from '../../tasks/task-definition';
import { StroopRunner } from './runner';

const frameMs = 1000 / 60;
let db: HepcogDb;
let queued: FrameRequestCallback[] = [];
let lastFrameMs = 1000;

/** Delivers one animation frame stamped `atMs` (default: one refresh after the last). */
function frame(atMs = lastFrameMs + frameMs): void {
	lastFrameMs = atMs;
	const callbacks = queued;
	queued = [];
	for (const callback of callbacks) callback(atMs);
}

/** Lets storage writes and zero-length pauses run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** The frame after the response (drawing what comes next) and the one after it, then the answered trial's write. */
async function storedBehindNextStimulus(): Promise<void> {
	frame();
	frame();
	await settle();
}

beforeEach(async () => {
	db = await openHepcogDb({}, 'stroop-runner');
	queued = [];
	lastFrameMs = 1000;
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
	vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
const runners: StroopRunner[] = [];
afterEach(() => {
	for (const runner of runners.splice(0)) runner.dispose();
	vi.unstubAllGlobals();
	db.close();
});

async function runnerFor(parameters: TaskRunRecord['parameters']) {
	const merged = { ...defaultParameters(stroopDefinition), ...parameters, response_modality: 'keyboard' };
	const config = stroopProtocolConfig('en', 99, merged);
	const { session, taskRun } = await startSession(
		db,
		{ visitId: 'v', participantId: 'p', battery: 'stroop', examiner: 'A', provenance: {} },
		{ task: 'stroop', administration: 'digital', formId: 'seeded', seed: 99, parameters: merged }
	);
	const screens: StroopScreen[] = [];
	const runner = new StroopRunner({
		db,
		sessionId: session.id,
		taskRunId: taskRun.id,
		config,
		anticipationMs: 150,
		frameIntervalMs: frameMs,
		progress: startProtocol(config),
		nextSeq: 0,
		onScreen: (screen) => screens.push(screen),
		pausesMs: { ready: 0, wrong: 0 }
	});
	runner.begin();
	runners.push(runner);
	return { runner, session, taskRun, screens };
}

function shownStimulus(runner: StroopRunner) {
	if (runner.screen.kind !== 'stimulus') throw new Error(`no stimulus on screen but ${runner.screen.kind}`);
	return runner.screen.stimulus;
}

/** Two frames put the stimulus's onset (double rAF) at the second one; returns it. */
function paint(): number {
	frame();
	frame();
	return lastFrameMs;
}

/** The participant answers `rtMs` after the onset, rightly or wrongly (the previous trial is stored meanwhile). */
async function answer(runner: StroopRunner, onsetMs: number, rtMs: number, right = true): Promise<number> {
	const ink = shownStimulus(runner).ink;
	const response: StroopColour = right ? ink : ink === 'red' ? 'blue' : 'red';
	const responseMs = onsetMs + rtMs;
	while (lastFrameMs + frameMs < responseMs) frame(); // the display keeps running meanwhile
	await settle();
	runner.respond({ response, responseMs, modality: 'key' });
	return responseMs;
}

describe('the Stroop runner', () => {
	it('runs a practice-free Stroop: state instructions before each state, the next stimulus at once, gaps and both times stored', async () => {
		const { runner, session, taskRun, screens } = await runnerFor({ practice_runs_per_state: 0, run_length: 3, correct_runs_per_state: 1, max_runs_per_state: 2 });
		const responses: number[] = [];
		const onsets: number[] = [];
		for (const state of ['off', 'on'] as const) {
			// With no practice the state's own instructions still come first.
			expect(runner.screen).toMatchObject({ kind: 'instructions', explainsState: true });
			expect(runner.screen.kind === 'instructions' && runner.screen.stageIndex).toBe(state === 'off' ? 1 : 3);
			runner.startStage();
			await settle();
			for (let index = 0; index < 3; index++) {
				expect(shownStimulus(runner)).toMatchObject({ state, phase: 'test', index });
				onsets.push(paint());
				const shownBefore = screens.length;
				responses.push(await answer(runner, onsets[onsets.length - 1]!, 420 + 10 * index));
				// Within a run the next stimulus is on screen when respond() returns: nothing awaited before it.
				if (index < 2) expect(screens.slice(shownBefore).map((s) => s.kind)).toEqual(['stimulus']);
				if (index < 2) expect(shownStimulus(runner).index).toBe(index + 1);
			}
			frame(); // the frame after the last response completes its frame check…
			frame(); // …and the trial is written once the frame after that was drawn
			await settle();
		}
		expect(runner.screen.kind).toBe('finished');

		const trials = await listTrials(db, taskRun.id);
		expect(trials).toHaveLength(6);
		expect(trials.map((t) => t.values.gap_ms)).toEqual(
			trials.map((t, i) => (t.values.index === 0 ? null : onsets[i]! - responses[i - 1]!))
		);
		// The gap is the display's: the double-rAF onset is the second frame after the response.
		for (const t of trials.filter((t) => t.values.index !== 0)) expect(Number(t.values.gap_ms)).toBeLessThanOrEqual(2 * frameMs + 0.001);
		const [run] = await listTaskRuns(db, session.id);
		const rtSumS = (state: string) => trials.filter((t) => t.values.state === state).reduce((sum, t) => sum + Number(t.values.rt_ms), 0) / 1000;
		expect(run!.summary).toMatchObject({ off_practice_result: 'not_given', on_practice_result: 'not_given', off_practice_runs: 0, off_completed: true, on_completed: true });
		expect(run!.summary!.off_time_rt_sum_s).toBeCloseTo(rtSumS('off'), 9);
		expect(run!.summary!.on_time_s).toBeCloseTo((responses[5]! - onsets[3]!) / 1000, 9);
		expect(Number(run!.summary!.total_time_s)).toBeGreaterThan(Number(run!.summary!.total_time_rt_sum_s));
		expect((await getSession(db, session.id))?.status).toBe('complete');
	});

	it('checks frames up to the first frame stamped after the response, so a stall holding the response is flagged', async () => {
		const { runner, taskRun } = await runnerFor({ practice_runs_per_state: 0, run_length: 3 });
		runner.startStage();
		await settle();
		const onsetMs = paint();
		const stallFromMs = lastFrameMs;
		// The page stalls; the response comes during the stall, at onset + 500.
		runner.respond({ response: shownStimulus(runner).ink, responseMs: onsetMs + 500, modality: 'key' });
		// After the stall the first callback carries the time of a frame begun before the response…
		frame(stallFromMs + frameMs);
		await settle();
		expect(await listTrials(db, taskRun.id)).toHaveLength(0); // …which does not close the trial's frame check
		frame(onsetMs + 560); // the first frame stamped after the response
		frame(); // the frame after it: the write waits until the next stimulus is drawn
		await settle();
		const [trial] = await listTrials(db, taskRun.id);
		expect(trial!.flags).toContain('dropped_frames');
		expect(trial!.values.longest_frame_ms).toBeCloseTo(onsetMs + 560 - (stallFromMs + frameMs), 6);
		expect(trial!.frameTimesMs[trial!.frameTimesMs.length - 1]).toBe(onsetMs + 560);
	});

	it('repeats practice until a correct run and stores the outcome', async () => {
		const { runner, session, taskRun } = await runnerFor({ practice_runs_per_state: 1, max_practice_runs_per_state: 3, run_length: 2, correct_runs_per_state: 1, max_runs_per_state: 1 });
		runner.startStage();
		await settle();
		// Off practice: one wrong run, then a correct one.
		await answer(runner, paint(), 400, false);
		await storedBehindNextStimulus();
		expect(shownStimulus(runner)).toMatchObject({ phase: 'practice', runNumber: 2 });
		await answer(runner, paint(), 400);
		await answer(runner, paint(), 400);
		await storedBehindNextStimulus();
		expect(runner.screen).toMatchObject({ kind: 'instructions', stageIndex: 1, explainsState: false });
		const trials = await listTrials(db, taskRun.id);
		expect(trials.map((t) => `${t.values.phase}/${t.values.run}/${t.values.correct}`)).toEqual(['practice/1/false', 'practice/2/true', 'practice/2/true']);
		const [run] = await listTaskRuns(db, session.id);
		expect(run?.status).toBe('in_progress');
	});

	it('leaves it to the examiner after the maximum of failed practice runs; stopping ends the test and is stored', async () => {
		const { runner, session, taskRun } = await runnerFor({ practice_runs_per_state: 1, max_practice_runs_per_state: 2, run_length: 2, correct_runs_per_state: 1, max_runs_per_state: 1 });
		runner.startStage();
		await settle();
		await answer(runner, paint(), 400, false);
		await storedBehindNextStimulus();
		await answer(runner, paint(), 400, false);
		await storedBehindNextStimulus();
		expect(runner.screen).toEqual({ kind: 'practice_decision', state: 'off' });
		runner.respond({ response: 'red', responseMs: lastFrameMs + 100, modality: 'key' }); // no stimulus: ignored
		await runner.decidePractice('stop', lastFrameMs + 5000);
		await settle();
		expect(runner.screen.kind).toBe('finished');
		const [run] = await listTaskRuns(db, session.id);
		expect(run!.summary).toMatchObject({ off_practice_runs: 2, off_practice_result: 'examiner_stopped', on_practice_result: 'not_given', off_completed: false, total_time_s: null });
		expect((await listTrials(db, taskRun.id)).length).toBe(2);
		const decision = (await listEvents(db, session.id)).find((e) => e.type === 'practice_decision');
		expect(decision?.detail).toEqual({ state: 'off', decision: 'stop' });
	});

	it('holds an answer until the previous trial is stored, and a failed write stops the test before it is taken', async () => {
		const { runner, taskRun } = await runnerFor({ practice_runs_per_state: 0, run_length: 5 });
		runner.startStage();
		await settle();
		await answer(runner, paint(), 400);
		const second = shownStimulus(runner);
		// The next answer comes before the first trial's frame check could end: it is held.
		runner.respond({ response: second.ink, responseMs: lastFrameMs + 5, modality: 'key' });
		expect(shownStimulus(runner).index).toBe(1);
		db.close(); // storage breaks before the first trial is written
		await storedBehindNextStimulus();
		expect(runner.screen.kind).toBe('failed');
		expect(runner.screen.kind === 'failed' && runner.screen.message).toMatch(/Saving failed, so the test was stopped/);
		db = await openHepcogDb({}, 'stroop-runner');
		expect(await listTrials(db, taskRun.id)).toHaveLength(0);
	});
});
