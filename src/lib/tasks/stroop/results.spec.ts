import { describe, it, expect } from 'vitest';
import type { StroopPhase, StroopState } from './sequence';
import { summarizeStroop, type StroopTrialResult } from './results';

/** Rules small enough to compute by hand: runs of 3, two correct runs per state. */
const rules = { runLength: 3, correctRunsPerState: 2 };

type Answer = [onsetMs: number, responseMs: number, correct?: boolean];

function run(state: StroopState, runNumber: number, answers: Answer[], extra: Partial<StroopTrialResult> = {}) {
	const phase: StroopPhase = extra.phase ?? 'test';
	return answers.map(([onsetMs, responseMs, correct = true], index): StroopTrialResult => ({
		state,
		phase,
		runNumber,
		index,
		correct,
		onsetMs,
		responseMs,
		rtMs: responseMs - onsetMs,
		runAborted: false,
		...extra
	}));
}

const offPractice = run('off', 1, [[-5000, -4950, false]], { phase: 'practice' }); // rt 50, wrong: unscored
const offRun1 = run('off', 1, [[0, 600], [1000, 1500], [2000, 2700]]); // 2700 ms
const offRun2 = run('off', 2, [[4000, 4100], [4200, 4900, false]]); // failed, 900 ms, one anticipation
const offRun3 = run('off', 3, [[6000, 6050]], { runAborted: true }); // aborted: ignored
const offRun4 = run('off', 4, [[8000, 8500], [8600, 9100], [9200, 9800]]); // 1800 ms
const onRun1 = run('on', 1, [[20000, 20800], [21000, 21900], [22000, 23250]]); // 3250 ms
const onRun2 = run('on', 2, [[30000, 30900], [31000, 31800], [32000, 32750]]); // 2750 ms

const full = [...offPractice, ...offRun1, ...offRun2, ...offRun3, ...offRun4, ...onRun1, ...onRun2];

describe('summarizeStroop', () => {
	it('sums correct runs, all runs and the On/Off total by hand', () => {
		const summary = summarizeStroop(full, 150, rules);
		expect(summary.off_time_s).toBeCloseTo(4.5, 12); // 2.7 + 1.8
		expect(summary.off_time_all_runs_s).toBeCloseTo(5.4, 12); // + 0.9 failed
		expect(summary.on_time_s).toBeCloseTo(6.0, 12); // 3.25 + 2.75
		expect(summary.on_time_all_runs_s).toBeCloseTo(6.0, 12);
		expect(summary.total_time_s).toBeCloseTo(10.5, 12);
		expect(summary.on_minus_off_s).toBeCloseTo(1.5, 12);
		expect(summary).toMatchObject({
			off_runs: 3,
			on_runs: 2,
			off_completed: true,
			on_completed: true,
			anticipations: 1,
			error_count: 1
		});
	});

	it('keeps full precision', () => {
		const odd = [
			...run('off', 1, [[0.125, 300.3], [400, 700], [800, 1000.0625]]),
			...run('off', 2, [[2000, 2300], [2400, 2700], [2800, 3100]])
		];
		expect(summarizeStroop(odd, 150, rules).off_time_s).toBe((1000.0625 - 0.125 + 1100) / 1000);
	});

	it('does not depend on the order of the trials', () => {
		const shuffled = [...full].reverse();
		expect(summarizeStroop(shuffled, 150, rules)).toEqual(summarizeStroop(full, 150, rules));
	});

	it('leaves times empty for a state that was not completed', () => {
		const summary = summarizeStroop([...offRun1, ...offRun4, ...onRun1, ...run('on', 2, [[40000, 40500, false]])], 150, rules);
		expect(summary).toMatchObject({
			off_completed: true,
			on_completed: false,
			on_time_s: null,
			total_time_s: null,
			on_minus_off_s: null,
			on_runs: 2
		});
		expect(summary.off_time_s).toBeCloseTo(4.5, 12);
		expect(summary.on_time_all_runs_s).toBeCloseTo(3.75, 12); // 3.25 + 0.5
	});

	it('reports a state with no scored runs as zero runs and no times', () => {
		const summary = summarizeStroop([...offPractice, ...offRun3], 150, rules);
		expect(summary).toMatchObject({ off_runs: 0, off_time_all_runs_s: null, off_completed: false, anticipations: 0, error_count: 0 });
	});

	it('flags responses faster than the anticipation threshold, not equal to it', () => {
		const fast = run('off', 1, [[0, 149], [200, 350], [400, 500]]);
		expect(summarizeStroop(fast, 150, rules).anticipations).toBe(2);
		expect(summarizeStroop(fast, 0, rules).anticipations).toBe(0);
	});

	it('scores only the first correct runs should a log hold more than needed', () => {
		const extra = run('off', 5, [[50000, 51000], [51100, 52000], [52100, 60000]]);
		expect(summarizeStroop([...offRun1, ...offRun4, ...extra], 150, rules).off_time_s).toBeCloseTo(4.5, 12);
	});

	it('uses 10 stimuli and 5 correct runs by default', () => {
		const tenEach = Array.from({ length: 5 }, (_, r) =>
			run('off', r + 1, Array.from({ length: 10 }, (_, i): Answer => [r * 10000 + i * 600, r * 10000 + i * 600 + 500]))
		).flat();
		const summary = summarizeStroop(tenEach, 150);
		expect(summary.off_completed).toBe(true);
		expect(summary.off_time_s).toBeCloseTo(5 * 5.9, 12); // 9 × 600 + 500 ms per run
	});

	it('refuses an unfinished run that was not flagged as aborted', () => {
		expect(() => summarizeStroop(run('on', 1, [[0, 500]]), 150, rules)).toThrow(/not flagged/);
	});
});
