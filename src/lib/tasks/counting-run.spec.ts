import { describe, expect, it } from 'vitest';
import type { CellValue } from '../model/records';
import { countingRun } from './counting-run';

const run = (id: string, task: string, status: 'complete' | 'aborted' | 'interrupted') => ({ id, task, status });

describe('the run that counts', () => {
	it('is the last complete run of the tasks, in the order given', () => {
		const runs = [run('a', 'stroop', 'complete'), run('b', 'stroop', 'aborted'), run('c', 'phes_paper', 'complete'), run('d', 'stroop', 'complete'), run('e', 'stroop', 'interrupted')];
		expect(countingRun(runs, ['stroop'])?.id).toBe('d');
		expect(countingRun(runs, ['phes_paper', 'phes_digital'])?.id).toBe('c');
	});

	it('is none when no run of the tasks completed', () => {
		expect(countingRun([run('a', 'stroop', 'aborted')], ['stroop'])).toBeUndefined();
	});
});

describe('the run that counts, by its verdict', () => {
	const judged = (id: string, validity?: string) => ({ id, task: 'ltt', status: 'complete' as const, summary: (validity === undefined ? { time_s: 1 } : { time_s: 1, validity }) as Record<string, CellValue> });

	it('skips a complete run judged invalid; a run without a verdict (stored earlier) counts', () => {
		expect(countingRun([judged('a', 'valid'), judged('b', 'invalid')], ['ltt'])?.id).toBe('a');
		expect(countingRun([judged('a'), judged('b', 'invalid')], ['ltt'])?.id).toBe('a');
		expect(countingRun([judged('b', 'invalid')], ['ltt'])).toBeUndefined();
	});

	it('counts an invalid run whose verdict the examiner overrode', () => {
		expect(countingRun([judged('a', 'valid'), judged('b', 'invalid')], ['ltt'], new Set(['b']))?.id).toBe('b');
	});
});
