import { describe, expect, it } from 'vitest';
import type { EventRecord, TrialRecord } from '../model/records';
import { timingQuality } from './timing-quality';
import { testWritten } from '../model/fixtures/installation';

const trial = (seq: number, flags: string[]): TrialRecord => ({ id: `t${seq}`, taskRunId: 'r', sessionId: 's', seq, values: {}, flags, frameTimesMs: [], ...testWritten });
const event = (type: string): EventRecord => ({ id: type, sessionId: 's', taskRunId: 'r', trialSeq: null, type, timeStampMs: 1, at: '2026-11-26T10:00:00.000+07:00', detail: {}, ...testWritten });

describe('timing quality', () => {
	it('counts flagged trials and lists the incidents, not the routine events', () => {
		const quality = timingQuality(
			[trial(0, []), trial(1, ['dropped_frames', 'interrupted']), trial(2, ['anticipation']), trial(3, ['dropped_frames'])],
			[event('blur'), event('focus'), event('completed'), event('run_aborted')]
		);
		expect(quality).toMatchObject({ trials: 4, droppedFrameTrials: 2, interruptedTrials: 1, anticipations: 1, onsetFallbacks: 0 });
		expect(quality.incidents.map((e) => e.type)).toEqual(['blur', 'run_aborted']);
	});
});
