// A synthetic participant that walks the protocol, for unit tests, browser tests and benchmarks.
// It uses no clock: onset and response times are made up from the given response times.
import { stroopResponseOrder, type StroopColour } from './colours';
import type { StroopProtocolConfig } from './config';
import { abortRun, currentStimulus, decideAfterPractice, respond, startProtocol, type PracticeDecision } from './protocol';
import { randomInt, type Rng } from '../shared/random';
import type { StroopStimulus } from './sequence';
import type { StroopTrialResult } from './results';

export interface SimulatedTrial extends StroopStimulus, StroopTrialResult {
	response: StroopColour;
}

export interface StroopSimulationOptions {
	/** Chance of a wrong response to any stimulus, 0…1. */
	errorRate: number;
	/** Response time of the next answer. */
	rtMs: () => number;
	rng: Rng;
	/** Chance, before each answer after the first of a run, that the run is interrupted (reload). */
	abortRate?: number;
	/** Time base of the first onset. Default 0. */
	startMs?: number;
	/** Response to next onset within a run: one frame. Default 1000/60. */
	frameMs?: number;
	/** Gap between runs (feedback, restart). Default 1000. */
	interRunMs?: number;
	/** The examiner's choice when practice gives no correct run. Default: continue. */
	practiceDecision?: PracticeDecision;
}

/** The right answer is always the ink colour. */
export function correctResponse(stimulus: StroopStimulus): StroopColour {
	return stimulus.ink;
}

function wrongResponse(stimulus: StroopStimulus, rng: Rng): StroopColour {
	const others = stroopResponseOrder.filter((colour) => colour !== stimulus.ink);
	return others[randomInt(rng, others.length)] ?? others[0]!;
}

/** Walks the whole protocol and returns every answered trial in order, aborted runs flagged. */
export function simulateStroop(config: StroopProtocolConfig, options: StroopSimulationOptions): SimulatedTrial[] {
	const { errorRate, rtMs, rng, abortRate = 0, startMs = 0, frameMs = 1000 / 60, interRunMs = 1000 } = options;
	if (!(errorRate >= 0 && errorRate <= 1)) throw new RangeError(`errorRate must be in 0…1, got ${errorRate}`);
	if (!(abortRate >= 0 && abortRate < 1)) throw new RangeError(`abortRate must be in 0…<1, got ${abortRate}`);
	const trials: SimulatedTrial[] = [];
	let progress = startProtocol(config);
	let clockMs = startMs;
	for (let stimulus = currentStimulus(progress); stimulus !== null; stimulus = currentStimulus(progress)) {
		if (progress.answeredInRun > 0 && rng() < abortRate) {
			const { state, phase, runNumber } = stimulus;
			for (const trial of trials) {
				if (trial.state === state && trial.phase === phase && trial.runNumber === runNumber) trial.runAborted = true;
			}
			progress = abortRun(progress);
			clockMs += interRunMs;
			continue;
		}
		const rt = rtMs();
		const response = rng() < errorRate ? wrongResponse(stimulus, rng) : correctResponse(stimulus);
		const onsetMs = clockMs;
		const responseMs = onsetMs + rt;
		const result = respond(progress, response);
		trials.push({ ...stimulus, response, correct: result.correct, onsetMs, responseMs, rtMs: rt, runAborted: false });
		progress = result.practiceDecisionNeeded ? decideAfterPractice(result.progress, options.practiceDecision ?? 'continue') : result.progress;
		clockMs = responseMs + (result.runEnded === null ? frameMs : interRunMs);
	}
	return trials;
}
