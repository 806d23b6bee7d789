import { describe, expect, it } from 'vitest';
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
