import { describe, it, expect } from 'vitest';
import type { StroopColour } from './colours';
import {
	abortRun,
	currentStage,
	currentStimulus,
	decideAfterPractice,
	isFinished,
	respond,
	startProtocol,
	stroopProtocolConfig,
	type StroopProgress,
	type StroopRespondResult
} from './protocol';
import type { StroopStimulus } from './sequence';
import { mulberry32 } from '../shared/random';

const config = stroopProtocolConfig('en', 31337);

const right = (s: StroopStimulus): StroopColour => s.ink;
const wrong = (s: StroopStimulus): StroopColour => (s.ink === 'red' ? 'green' : 'red');

function stimulus(progress: StroopProgress): StroopStimulus {
	const s = currentStimulus(progress);
	if (s === null) throw new Error('finished');
	return s;
}

function answer(progress: StroopProgress, choose: (s: StroopStimulus) => StroopColour): StroopRespondResult {
	return respond(progress, choose(stimulus(progress)));
}

/** Answers `count` stimuli with `choose`, returning the last result. */
function answerMany(progress: StroopProgress, count: number, choose = right): StroopRespondResult {
	let result = answer(progress, choose);
	for (let i = 1; i < count; i++) result = answer(result.progress, choose);
	return result;
}

const runOf = (p: StroopProgress) => ({ ...currentStage(p), run: p.runNumber });

describe('Stroop protocol walk-through', () => {
	it('gives a perfect participant Off practice, Off test, On practice, On test', () => {
		let progress = startProtocol(config);
		const seen: string[] = [];
		const phaseEnds: number[] = [];
		let count = 0;
		for (let s = currentStimulus(progress); s !== null; s = currentStimulus(progress)) {
			if (s.index === 0) seen.push(`${s.state}/${s.phase}/${s.runNumber}`);
			const result = respond(progress, s.ink);
			count++;
			expect(result.correct).toBe(true);
			if (result.phaseEnded) phaseEnds.push(count);
			expect(result.runEnded).toBe(s.index === 9 ? 'complete' : null);
			progress = result.progress;
		}
		expect(seen).toEqual([
			'off/practice/1', 'off/practice/2',
			'off/test/1', 'off/test/2', 'off/test/3', 'off/test/4', 'off/test/5',
			'on/practice/1', 'on/practice/2',
			'on/test/1', 'on/test/2', 'on/test/3', 'on/test/4', 'on/test/5'
		]);
		expect(phaseEnds).toEqual([20, 70, 90, 140]);
		expect(progress.completed).toEqual({ off: true, on: true });
		expect(isFinished(progress)).toBe(true);
		expect(currentStage(progress)).toBeNull();
	});

	it('reports finished only on the very last response', () => {
		let progress = startProtocol({ ...config, runLength: 2, correctRunsPerState: 1, practiceRunsPerState: 0 });
		const finished: boolean[] = [];
		while (!isFinished(progress)) {
			const result = answer(progress, right);
			finished.push(result.finished);
			progress = result.progress;
		}
		expect(finished).toEqual([false, false, false, true]);
		expect(() => respond(progress, 'red')).toThrow(/finished/);
	});

	it('follows the stimuli of the sequence for the current run', () => {
		const progress = answerMany(startProtocol(config), 3).progress;
		expect(stimulus(progress)).toMatchObject({ state: 'off', phase: 'practice', runNumber: 1, index: 3, word: '####' });
	});
});

describe('runs', () => {
	const atOffTest = () => answerMany(startProtocol(config), 20).progress;

	it('starts at the Off test after two perfect practice runs', () => {
		expect(runOf(atOffTest())).toEqual({ state: 'off', phase: 'test', run: 1 });
	});

	it('ends a run at once on a wrong response and starts a new one', () => {
		const three = answerMany(atOffTest(), 3).progress;
		const result = answer(three, wrong);
		expect(result).toMatchObject({ correct: false, runEnded: 'error', phaseEnded: false, finished: false });
		expect(runOf(result.progress)).toEqual({ state: 'off', phase: 'test', run: 2 });
		expect(stimulus(result.progress).index).toBe(0);
		expect([result.progress.runsEnded, result.progress.correctRuns]).toEqual([1, 0]);
	});

	it('ends the state after five correct runs, however many failed', () => {
		let progress = atOffTest();
		progress = answer(progress, wrong).progress;
		progress = answerMany(progress, 7).progress;
		progress = answer(progress, wrong).progress;
		const fourCorrect = answerMany(progress, 40).progress;
		expect([fourCorrect.runNumber, fourCorrect.correctRuns, fourCorrect.runsEnded]).toEqual([7, 4, 6]);
		const last = answerMany(fourCorrect, 10);
		expect(last).toMatchObject({ runEnded: 'complete', phaseEnded: true, finished: false });
		expect(last.progress.completed).toEqual({ off: true, on: null });
		expect(runOf(last.progress)).toEqual({ state: 'on', phase: 'practice', run: 1 });
	});

	it('gives at least two practice runs, and ends practice with them once one was correct', () => {
		const first = answerMany(startProtocol(config), 10);
		expect(first).toMatchObject({ runEnded: 'complete', phaseEnded: false });
		expect(runOf(first.progress)).toEqual({ state: 'off', phase: 'practice', run: 2 });
		const second = answer(answerMany(first.progress, 4).progress, wrong);
		expect(second).toMatchObject({ runEnded: 'error', phaseEnded: true, practiceDecisionNeeded: false });
		expect(runOf(second.progress)).toEqual({ state: 'off', phase: 'test', run: 1 });
		expect(second.progress.completed).toEqual({ off: null, on: null });
	});

	it('goes on with practice until a practice run is correct', () => {
		let progress = startProtocol(config);
		for (let run = 1; run <= 4; run++) {
			const result = answer(progress, wrong);
			expect(result).toMatchObject({ runEnded: 'error', phaseEnded: false, practiceDecisionNeeded: false });
			progress = result.progress;
			expect(runOf(progress)).toEqual({ state: 'off', phase: 'practice', run: run + 1 });
		}
		const passed = answerMany(progress, 10);
		expect(passed).toMatchObject({ runEnded: 'complete', phaseEnded: true });
		expect(runOf(passed.progress)).toEqual({ state: 'off', phase: 'test', run: 1 });
	});

	it('leaves it to the examiner after the maximum of practice runs without a correct one', () => {
		let progress = startProtocol({ ...config, maxPracticeRunsPerState: 3 });
		progress = answer(answer(progress, wrong).progress, wrong).progress;
		const third = answer(progress, wrong);
		expect(third).toMatchObject({ runEnded: 'error', phaseEnded: false, finished: false, practiceDecisionNeeded: true });
		const waiting = third.progress;
		expect(waiting.awaitingExaminer).toBe(true);
		expect(currentStimulus(waiting)).toBeNull();
		expect(() => respond(waiting, 'red')).toThrow(/examiner/);

		const goOn = decideAfterPractice(waiting, 'continue');
		expect(runOf(goOn)).toEqual({ state: 'off', phase: 'test', run: 1 });
		expect(stimulus(goOn).index).toBe(0);

		const stop = decideAfterPractice(waiting, 'stop');
		expect(isFinished(stop)).toBe(true);
		expect(stop.completed).toEqual({ off: false, on: false });
		expect(() => decideAfterPractice(goOn, 'continue')).toThrow(/No practice decision/);
	});

	it('skips practice when it is set to zero runs', () => {
		const progress = startProtocol({ ...config, practiceRunsPerState: 0 });
		expect(runOf(progress)).toEqual({ state: 'off', phase: 'test', run: 1 });
		const onTest = answerMany(progress, 50);
		expect(runOf(onTest.progress)).toEqual({ state: 'on', phase: 'test', run: 1 });
	});
});

describe('stop rule', () => {
	it('ends a state as not completed after max runs and moves on', () => {
		let progress = answerMany(startProtocol(config), 20).progress;
		for (let run = 1; run < 20; run++) {
			const result = answer(progress, wrong);
			expect(result.phaseEnded).toBe(false);
			progress = result.progress;
		}
		const twentieth = answer(progress, wrong);
		expect(twentieth).toMatchObject({ runEnded: 'error', phaseEnded: true, finished: false });
		expect(twentieth.progress.completed).toEqual({ off: false, on: null });
		expect(runOf(twentieth.progress)).toEqual({ state: 'on', phase: 'practice', run: 1 });
	});

	it('finishes a participant who always errs, the examiner letting them go on, after 5 + 20 + 5 + 20 responses', () => {
		let progress = startProtocol(config);
		let responses = 0;
		while (!isFinished(progress)) {
			const result = answer(progress, wrong);
			progress = result.practiceDecisionNeeded ? decideAfterPractice(result.progress, 'continue') : result.progress;
			responses++;
		}
		expect(responses).toBe(50);
		expect(progress.completed).toEqual({ off: false, on: false });
	});

	it('counts the goal before the stop rule when both fall on the same run', () => {
		const tight = { ...config, practiceRunsPerState: 0, maxRunsPerState: 6 };
		const reached = answerMany(answer(startProtocol(tight), wrong).progress, 50);
		expect(reached.phaseEnded).toBe(true);
		expect(reached.progress.completed.off).toBe(true);
		let missed = answer(answer(startProtocol(tight), wrong).progress, wrong).progress;
		missed = answerMany(missed, 40).progress;
		expect(missed.completed.off).toBe(false);
		expect(missed.correctRuns).toBe(0);
		expect(runOf(missed)).toEqual({ state: 'on', phase: 'test', run: 1 });
	});
});

describe('abortRun', () => {
	it('does nothing before the first answer of a run', () => {
		const progress = startProtocol(config);
		expect(abortRun(progress)).toBe(progress);
		const afterError = answer(progress, wrong).progress;
		expect(abortRun(afterError)).toBe(afterError);
	});

	it('discards a partly answered run and starts the next run number', () => {
		const partial = answerMany(startProtocol(config), 4).progress;
		const aborted = abortRun(partial);
		expect(runOf(aborted)).toEqual({ state: 'off', phase: 'practice', run: 2 });
		expect([aborted.answeredInRun, aborted.runsEnded]).toEqual([0, 0]);
		expect(stimulus(aborted)).toMatchObject({ runNumber: 2, index: 0 });
	});

	it('does not count an aborted practice run', () => {
		let progress = abortRun(answerMany(startProtocol(config), 4).progress);
		progress = answerMany(progress, 10).progress;
		expect(runOf(progress)).toEqual({ state: 'off', phase: 'practice', run: 3 });
		progress = answerMany(progress, 10).progress;
		expect(runOf(progress)).toEqual({ state: 'off', phase: 'test', run: 1 });
	});

	it('does not count an aborted test run toward the stop rule', () => {
		let progress = startProtocol({ ...config, practiceRunsPerState: 0, maxRunsPerState: 5 });
		progress = abortRun(answerMany(progress, 9).progress);
		progress = answerMany(progress, 40).progress;
		expect([progress.runNumber, progress.runsEnded, progress.correctRuns]).toEqual([6, 4, 4]);
		const done = answerMany(progress, 10);
		expect(done.progress.completed.off).toBe(true);
	});

	it('leaves a finished protocol alone', () => {
		let progress = startProtocol({ ...config, runLength: 1, correctRunsPerState: 1, practiceRunsPerState: 0 });
		progress = answerMany(progress, 2).progress;
		expect(isFinished(progress)).toBe(true);
		expect(abortRun(progress)).toBe(progress);
	});
});

describe('ink across runs and states', () => {
	/** Every stimulus a participant sees, in order, with errors, reloads and no practice in some configs. */
	function shownInks(seed: number, practiceRunsPerState: number): { ink: StroopColour; place: string }[] {
		const random = mulberry32(seed);
		let progress = startProtocol({ ...config, seed, practiceRunsPerState });
		const shown: { ink: StroopColour; place: string }[] = [];
		for (;;) {
			if (progress.awaitingExaminer) progress = decideAfterPractice(progress, 'continue');
			const s = currentStimulus(progress);
			if (s === null) return shown;
			if (s.index > 0 && random() < 0.03) {
				progress = abortRun(progress); // reloaded before this stimulus: it was never shown
				continue;
			}
			shown.push({ ink: s.ink, place: `${s.state}/${s.phase}/${s.runNumber}/${s.index}` });
			progress = respond(progress, random() < 0.08 ? wrong(s) : s.ink).progress;
		}
	}

	it('never repeats the ink from one stimulus to the next, across runs and states too', () => {
		let boundaries = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const shown = shownInks(seed, seed % 3 === 0 ? 0 : 2);
			for (let i = 1; i < shown.length; i++) {
				if (shown[i]!.place.endsWith('/0')) boundaries++;
				expect(shown[i]!.ink, `${shown[i - 1]!.place} → ${shown[i]!.place}`).not.toBe(shown[i - 1]!.ink);
			}
		}
		expect(boundaries).toBeGreaterThan(500);
	});

	it('keeps On-state words incongruent in a run whose first ink was changed', () => {
		for (let seed = 1; seed <= 40; seed++) {
			let progress = startProtocol({ ...config, seed, practiceRunsPerState: 0, runLength: 1, correctRunsPerState: 3, maxRunsPerState: 3 });
			while (!isFinished(progress)) {
				const s = stimulus(progress);
				if (s.state === 'on') expect(s.wordColour).not.toBe(s.ink);
				progress = respond(progress, s.ink).progress;
			}
		}
	});
});

describe('progress', () => {
	it('is plain serialisable data', () => {
		const progress = answerMany(startProtocol(config), 27).progress;
		expect(JSON.parse(JSON.stringify(progress))).toEqual(progress);
	});
});
