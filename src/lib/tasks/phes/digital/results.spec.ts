import { describe, expect, it } from 'vitest';
import type { CellValue, TaskRunRecord } from '../../../model/records';
import { digitalPhesValues, gatherDigitalPhes, gatheredSummary, sameGathering } from './results';
import { testWritten } from '../../../model/fixtures/installation';

let minute = 0;
const run = (id: string, task: string, summary: Record<string, CellValue>, status: TaskRunRecord['status'] = 'complete'): TaskRunRecord => ({
	id,
	sessionId: 's',
	task,
	administration: 'digital',
	formId: `${task}-1`,
	seed: 1,
	parameters: {},
	status,
	startedAt: `2026-11-26T10:${String(minute++).padStart(2, '0')}:00.000+07:00`,
	endedAt: null,
	summary,
	...testWritten
});

const invalidLtt = { time_s: 2.1, errors: 2, validity: 'invalid', invalid_reasons: 'trace covered 12 % of the track (at least 95 % needed)' };

describe('the six values of a digital PHES', () => {
	const runs = [
		run('a', 'ncta', { time_s: 31.2, errors: 1 }),
		run('b', 'nctb', { time_s: 80.4, errors: 0, validity: 'valid', invalid_reasons: '' }),
		run('d', 'dst', { correct_count: 44, wrong_count: 2, time_limit_s: 90 }),
		run('s0', 'sdt', { time_s: 99 }, 'aborted'),
		run('s', 'sdt', { time_s: 50.1, misses: 3 }),
		run('l', 'ltt', { time_s: 95, errors: 7 })
	];

	it('come from each subtest’s completed run, with the run each value comes from and the DST limit', () => {
		const gathering = gatherDigitalPhes(runs);
		expect(gathering.values).toEqual({ ncta_s: 31.2, nctb_s: 80.4, dst_count: 44, sdt_s: 50.1, ltt_s: 95, ltt_errors: 7 });
		expect(gathering.sources).toEqual({ ncta_s: 'a', nctb_s: 'b', dst_count: 'd', sdt_s: 's', ltt_s: 'l', ltt_errors: 'l' });
		expect(gathering.dstTimeLimitS).toBe(90);
		expect(gathering.validity).toBe('valid');
		expect(digitalPhesValues(runs)).toEqual({
			ncta_s: 31.2, nctb_s: 80.4, dst_count: 44, sdt_s: 50.1, ltt_s: 95, ltt_errors: 7,
			dst_time_limit_s: 90, source_task_runs: 'a b d s l', battery_validity: 'valid', battery_invalid_reasons: '', validity_overrides: ''
		});
	});

	it('take the last valid complete run when a subtest was given again, whatever order the runs are listed in', () => {
		const again = [...runs, run('a2', 'ncta', { time_s: 28.0, errors: 0, validity: 'valid' })].reverse();
		expect(gatherDigitalPhes(again).sources.ncta_s).toBe('a2');
		expect(gatherDigitalPhes(again).values.ncta_s).toBe(28.0);
	});

	it('skip an invalid run: the earlier valid one counts', () => {
		const gathering = gatherDigitalPhes([...runs, run('l2', 'ltt', invalidLtt)]);
		expect(gathering.sources.ltt_s).toBe('l');
		expect(gathering.validity).toBe('valid');
	});

	it('give no LTT values and an invalid battery with the reason when the only LTT run is invalid', () => {
		const gathering = gatherDigitalPhes([...runs.filter((r) => r.task !== 'ltt'), run('l2', 'ltt', invalidLtt)]);
		expect(gathering.complete).toBe(true);
		expect(gathering.values.ltt_s).toBeNull();
		expect(gathering.values.ltt_errors).toBeNull();
		expect(gathering.sources.ltt_s).toBeNull();
		expect(gathering.validity).toBe('invalid');
		expect(gathering.invalidReasons).toEqual(['LTT: trace covered 12 % of the track (at least 95 % needed)']);
		expect(gatheredSummary(gathering)).toMatchObject({ ltt_s: null, battery_validity: 'invalid', source_task_runs: 'a b d s' });
	});

	it('score from the re-administered valid run after an invalid one', () => {
		const gathering = gatherDigitalPhes([...runs.filter((r) => r.task !== 'ltt'), run('l2', 'ltt', invalidLtt), run('l3', 'ltt', { time_s: 88, errors: 4, validity: 'valid', invalid_reasons: '' })]);
		expect(gathering.validity).toBe('valid');
		expect(gathering.sources.ltt_s).toBe('l3');
		expect(gathering.values.ltt_s).toBe(88);
	});

	it('count an invalid run the examiner overrode, and say so', () => {
		const override = { taskRunId: 'l2', examiner: 'Examiner A', reason: 'tremor; traced carefully', at: '2026-11-26T11:00:00.000+07:00' };
		const gathering = gatherDigitalPhes([...runs.filter((r) => r.task !== 'ltt'), run('l2', 'ltt', invalidLtt)], [override]);
		expect(gathering.validity).toBe('valid');
		expect(gathering.sources.ltt_s).toBe('l2');
		expect(gathering.subtests.find((s) => s.task === 'ltt')?.verdict).toBe('overridden');
		expect(gatheredSummary(gathering).validity_overrides).toBe('l2 by Examiner A at 2026-11-26T11:00:00.000+07:00: tremor; traced carefully');
	});

	it('are not given while a subtest has no complete run', () => {
		expect(digitalPhesValues(runs.filter((r) => r.task !== 'dst'))).toBeNull();
		expect(gatherDigitalPhes(runs.filter((r) => r.task !== 'dst')).complete).toBe(false);
	});

	it('are the same gathering when every stored column is the same', () => {
		expect(sameGathering(digitalPhesValues(runs), digitalPhesValues([...runs].reverse()))).toBe(true);
		expect(sameGathering(digitalPhesValues(runs), digitalPhesValues([...runs, run('l3', 'ltt', { time_s: 88, errors: 4 })]))).toBe(false);
	});
});
