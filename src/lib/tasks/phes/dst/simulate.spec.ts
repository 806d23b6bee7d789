import { describe, it, expect } from 'vitest';
import { dstForms } from './forms';
import { startDst, startDstPractice } from './protocol';
import { dstSummary } from './results';
import { simulateDst } from './simulate';

describe('simulateDst', () => {
	it('gives exact correct and wrong counts within 90 s', () => {
		const form = dstForms[1]!;
		// 700 ms per response: responses at 700, 1400, … ms; 128 × 700 = 89 600 ≤ 90 000 < 129 × 700.
		const { state, responses } = simulateDst(startDst(form, { timeLimitMs: 90_000, startMs: 0 }), {
			rtMs: 700,
			wrongAt: [0, 7, 50, 127, 128]
		});
		expect(state.items).toHaveLength(128);
		expect(responses).toHaveLength(129);
		// Item 128 was answered wrongly but after the limit, so it is not counted.
		expect(dstSummary(state)).toEqual({ correct_count: 124, wrong_count: 4, form_id: 'dst-2', time_limit_s: 90, validity: 'valid', invalid_reasons: '' });
		expect(state.items.filter((item) => !item.correct).map((item) => item.index)).toEqual([0, 7, 50, 127]);
		expect(state.ended).toBe('time-limit');
	});

	it('respects the limit to the ms: a response at the limit counts, one a ms later does not', () => {
		const form = dstForms[2]!;
		const start = startDst(form, { timeLimitMs: 120_000, startMs: 5000 });
		// 99 responses of 1200 ms reach 118 800 ms; then 1200 ms lands exactly on 120 000 ms.
		const onTime = simulateDst(start, { rtMs: 1200 });
		expect(onTime.state.items).toHaveLength(100);
		expect(onTime.state.items[99]!.tMs).toBe(125_000);
		// Same, but the 100th response comes 1 ms later.
		const late = simulateDst(start, { rtMs: (i) => (i === 99 ? 1201 : 1200) });
		expect(late.state.items).toHaveLength(99);
		expect(late.responses[99]!.tMs).toBe(125_001);
		expect(dstSummary(late.state).correct_count).toBe(99);
		expect(dstSummary(onTime.state).time_limit_s).toBe(120);
	});

	it('records the response times it was given', () => {
		const { state } = simulateDst(startDst(dstForms[0]!, { timeLimitMs: 90_000, startMs: 100 }), { rtMs: (i) => 800 + (i % 5) * 100 });
		expect(state.items.slice(0, 6).map((item) => item.rtMs)).toEqual([800, 900, 1000, 1100, 1200, 800]);
		expect(state.items[0]!.tMs).toBe(900);
	});

	it('finishes practice after its items whatever the speed', () => {
		const { state } = simulateDst(startDstPractice(dstForms[3]!, { items: 10, startMs: 0 }), { rtMs: 3000, wrongAt: [2] });
		expect([state.correct, state.wrong, state.ended]).toEqual([9, 1, 'sequence-end']);
		expect(() => dstSummary(state)).toThrow();
	});

	it('ends at the end of the sequence for an impossibly fast participant', () => {
		const { state } = simulateDst(startDst(dstForms[0]!, { timeLimitMs: 90_000, startMs: 0 }), { rtMs: 100 });
		expect(state.ended).toBe('sequence-end');
		expect(state.correct).toBe(dstForms[0]!.sequence.length);
	});
});
