import { describe, expect, it } from 'vitest';
import type { TaskRunRecord } from '../../../model/records';
import { digitalPhesValues } from './results';
import { testWritten } from '../../../model/fixtures/installation';

const run = (id: string, task: string, summary: Record<string, number>, status: TaskRunRecord['status'] = 'complete'): TaskRunRecord => ({
	id,
	sessionId: 's',
	task,
	administration: 'digital',
	formId: `${task}-1`,
	seed: 1,
	parameters: {},
	status,
	startedAt: '2026-11-26T10:00:00.000+07:00',
	endedAt: null,
	summary,
	...testWritten
});

describe('the six values of a digital PHES', () => {
	const runs = [
		run('a', 'ncta', { time_s: 31.2, errors: 1 }),
		run('b', 'nctb', { time_s: 80.4, errors: 0 }),
		run('d', 'dst', { correct_count: 44, wrong_count: 2 }),
		run('s0', 'sdt', { time_s: 99 }, 'aborted'),
		run('s', 'sdt', { time_s: 50.1, misses: 3 }),
		run('l', 'ltt', { time_s: 95, errors: 7 })
	];

	it('come from each subtest’s completed run', () => {
		expect(digitalPhesValues(runs)).toEqual({ ncta_s: 31.2, nctb_s: 80.4, dst_count: 44, sdt_s: 50.1, ltt_s: 95, ltt_errors: 7, source_task_runs: 'a b d s l' });
	});

	it('are not given while a subtest is missing', () => {
		expect(digitalPhesValues(runs.filter((r) => r.task !== 'dst'))).toBeNull();
	});
});
