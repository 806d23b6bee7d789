import { describe, it, expect } from 'vitest';
import { stroopProtocolConfig } from './config';
import { mulberry32 } from '../shared/random';
import { runSequence } from './sequence';
import { correctResponse, simulateStroop } from './simulate';
import { summarizeStroop } from './results';

const config = stroopProtocolConfig('en', 99);

describe('correctResponse', () => {
	it('is the ink colour, never the word', () => {
		for (const s of runSequence({ seed: 5, language: 'en', state: 'on', phase: 'test', runNumber: 1, length: 10 })) {
			expect(correctResponse(s)).toBe(s.ink);
			expect(correctResponse(s)).not.toBe(s.wordColour);
		}
	});
});

describe('simulateStroop', () => {
	it('gives a perfect participant 140 trials and the expected times', () => {
		const trials = simulateStroop(config, { errorRate: 0, rtMs: () => 500, rng: mulberry32(1), frameMs: 16 });
		expect(trials).toHaveLength(140);
		expect(trials.every((t) => t.correct && t.rtMs === 500 && t.responseMs - t.onsetMs === 500)).toBe(true);
		const summary = summarizeStroop(trials, 150);
		// Each run: 10 × 500 ms responses + 9 frames of 16 ms = 5.144 s; five runs per state.
		expect(summary.off_time_s).toBeCloseTo(25.72, 9);
		expect(summary.on_time_s).toBeCloseTo(25.72, 9);
		expect(summary.total_time_s).toBeCloseTo(51.44, 9);
		expect(summary).toMatchObject({ off_runs: 5, on_runs: 5, error_count: 0, anticipations: 0 });
	});

	it('keeps time moving forward', () => {
		const trials = simulateStroop(config, { errorRate: 0.1, abortRate: 0.05, rtMs: () => 400, rng: mulberry32(2) });
		for (let i = 1; i < trials.length; i++) expect(trials[i]!.onsetMs).toBeGreaterThan(trials[i - 1]!.responseMs);
	});

	it('is deterministic for a seeded rng', () => {
		const once = () => {
			const rt = mulberry32(3);
			return simulateStroop(config, { errorRate: 0.1, abortRate: 0.02, rtMs: () => 300 + 900 * rt(), rng: mulberry32(4) });
		};
		expect(once()).toEqual(once());
	});

	it('stops an always-wrong participant with the stop rule', () => {
		const trials = simulateStroop(config, { errorRate: 1, rtMs: () => 800, rng: mulberry32(5) });
		expect(trials).toHaveLength(50);
		expect(trials.some((t) => t.correct)).toBe(false);
		const summary = summarizeStroop(trials, 150);
		expect(summary).toMatchObject({ off_completed: false, on_completed: false, off_runs: 20, total_time_s: null, error_count: 40 });
		expect(summary).toMatchObject({ off_practice_runs: 5, off_practice_result: 'examiner_continued', on_practice_result: 'examiner_continued' });
	});

	it('produces summaries consistent with the trials it flagged', () => {
		const trials = simulateStroop(config, { errorRate: 0.04, abortRate: 0.03, rtMs: () => 650, rng: mulberry32(6) });
		const scored = trials.filter((t) => t.phase === 'test' && !t.runAborted);
		const summary = summarizeStroop(trials, 150);
		expect(summary.error_count).toBe(scored.filter((t) => !t.correct).length);
		expect(summary.off_runs).toBe(new Set(scored.filter((t) => t.state === 'off').map((t) => t.runNumber)).size);
		expect(summary.off_completed).toBe(true);
	});

	it('rejects impossible rates', () => {
		expect(() => simulateStroop(config, { errorRate: 1.5, rtMs: () => 1, rng: mulberry32(1) })).toThrow(RangeError);
		expect(() => simulateStroop(config, { errorRate: 0, abortRate: 1, rtMs: () => 1, rng: mulberry32(1) })).toThrow(RangeError);
	});
});
