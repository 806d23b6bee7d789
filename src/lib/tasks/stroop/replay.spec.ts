import { describe, it, expect } from 'vitest';
import type { StroopColour } from './colours';
import {
	abortRun,
	currentStimulus,
	decideAfterPractice,
	isFinished,
	replay,
	replayLog,
	respond,
	startProtocol,
	stroopProtocolConfig,
	type StroopAnswer,
	type StroopProgress
} from './protocol';
import { mulberry32 } from '../shared/random';
import { simulateStroop } from './simulate';

const config = stroopProtocolConfig('id', 4242);

/** A session with reloads: returns the log and the live progress after every event. */
function liveSession(seed: number) {
	const rng = mulberry32(seed);
	const log: StroopAnswer[] = [];
	const snapshots: { logLength: number; progress: StroopProgress }[] = [];
	let progress = startProtocol({ ...config, seed });
	for (;;) {
		// Practice with no correct run: the examiner lets the scored runs begin.
		if (progress.awaitingExaminer) progress = decideAfterPractice(progress, 'continue');
		const s = currentStimulus(progress);
		if (s === null) break;
		if (rng() < 0.05) {
			progress = abortRun(progress);
		} else {
			const response: StroopColour = rng() < 0.1 ? (s.ink === 'blue' ? 'red' : 'blue') : s.ink;
			log.push({ state: s.state, phase: s.phase, runNumber: s.runNumber, response });
			progress = respond(progress, response).progress;
		}
		snapshots.push({ logLength: log.length, progress });
	}
	return { log, snapshots, progress };
}

describe('replay', () => {
	it('reproduces the final progress of live sessions with errors and reloads', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const live = liveSession(seed);
			expect(isFinished(live.progress)).toBe(true);
			expect(replay({ ...config, seed }, live.log)).toEqual(live.progress);
		}
	});

	it('reproduces every intermediate progress, with the interrupted run restarted', () => {
		for (let seed = 1; seed <= 3; seed++) {
			const live = liveSession(seed);
			for (const { logLength, progress } of live.snapshots) {
				// A reload at this point restarts a partly answered run with the next number.
				const replayed = replay({ ...config, seed }, live.log.slice(0, logLength));
				// Reloaded after the examiner let the scored runs begin, before one was answered: the
				// stored trials cannot show the decision, so the examiner is asked again.
				const expected = abortRun(progress);
				if (replayed.awaitingExaminer && !expected.awaitingExaminer) expect(decideAfterPractice(replayed, 'continue')).toEqual(expected);
				else expect(replayed).toEqual(expected);
			}
		}
	});

	it('restarts a trailing partial run with the next run number', () => {
		let progress = startProtocol(config);
		const log: StroopAnswer[] = [];
		for (let i = 0; i < 3; i++) {
			const s = currentStimulus(progress)!;
			log.push({ state: 'off', phase: 'practice', runNumber: 1, response: s.ink });
			progress = respond(progress, s.ink).progress;
		}
		const result = replayLog(config, log);
		expect([result.progress.runNumber, result.progress.answeredInRun]).toEqual([2, 0]);
		expect(result.abortedRuns).toEqual([{ state: 'off', phase: 'practice', runNumber: 1 }]);
		expect(currentStimulus(result.progress)).toMatchObject({ runNumber: 2, index: 0 });
		// Answering the restarted run after the resume continues the same numbering.
		const resumed = [...log, { state: 'off', phase: 'practice', runNumber: 2, response: currentStimulus(result.progress)!.ink }] as const;
		expect(replayLog(config, resumed).abortedRuns).toHaveLength(2);
		expect(replay(config, resumed).runNumber).toBe(3);
	});

	it('starts from scratch on an empty log', () => {
		expect(replay(config, [])).toEqual(startProtocol(config));
	});

	it('reports the same aborted runs as the simulated participant flagged', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const trials = simulateStroop({ ...config, seed }, { errorRate: 0.05, abortRate: 0.03, rtMs: () => 700, rng: mulberry32(seed) });
			const flagged = new Set(trials.filter((t) => t.runAborted).map((t) => `${t.state}/${t.phase}/${t.runNumber}`));
			const { progress, abortedRuns } = replayLog({ ...config, seed }, trials);
			expect(new Set(abortedRuns.map((r) => `${r.state}/${r.phase}/${r.runNumber}`))).toEqual(flagged);
			expect(isFinished(progress)).toBe(true);
		}
	});

	it('refuses a log that does not follow the protocol', () => {
		expect(() => replay(config, [{ state: 'off', phase: 'practice', runNumber: 2, response: 'red' }])).toThrow(
			/answer 0/
		);
		expect(() => replay(config, [{ state: 'on', phase: 'test', runNumber: 1, response: 'red' }])).toThrow(
			/does not follow/
		);
	});

	it('refuses answers after the end', () => {
		const tiny = { ...config, runLength: 1, correctRunsPerState: 1, practiceRunsPerState: 0 };
		const log: StroopAnswer[] = [];
		let progress = startProtocol(tiny);
		for (let s = currentStimulus(progress); s !== null; s = currentStimulus(progress)) {
			log.push({ state: s.state, phase: s.phase, runNumber: s.runNumber, response: s.ink });
			progress = respond(progress, s.ink).progress;
		}
		expect(replay(tiny, log)).toEqual(progress);
		expect(() => replay(tiny, [...log, log[0]!])).toThrow(/at the end/);
	});
});
