import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../model/records';
import { nctFormLayout, nctForms } from './nct/forms';
import type { NctState } from './nct/protocol';
import { simulateNct } from './nct/simulate';
import { replayView, storedSamples } from './replay';
import { testWritten } from '../../model/fixtures/installation';

const form = nctForms.ncta[0]!;
const samples = simulateNct(nctFormLayout(form).circles, { speedUnitsPerS: 800, startMs: 1000, detours: [{ afterIndex: 2 }] });
const event = (from: number, to: number): EventRecord => ({
	id: `e${from}`,
	sessionId: 's',
	taskRunId: 'r',
	trialSeq: null,
	type: 'pointer_samples',
	timeStampMs: samples[from]!.tMs,
	at: '2026-11-26T10:00:00.000+07:00',
	detail: { count: to - from, samples: JSON.stringify(samples.slice(from, to)) },
	...testWritten
});

describe('replaying a stored NCT', () => {
	const half = Math.floor(samples.length / 2);
	const stored = storedSamples([event(half, samples.length), event(0, half)], 'r');
	const run = { task: 'ncta', formId: form.formId, seed: form.seed, parameters: {} };

	it('reads every stored sample back in time order', () => {
		expect(stored).toEqual(samples);
	});

	it('shows the test as it was at any moment, and as finished at the end', () => {
		const end = replayView(run, stored, Infinity) as NctState;
		expect(end.finished).toBe(true);
		expect(end.errors).toHaveLength(1);
		const early = replayView(run, stored, stored[0]!.tMs + 1) as NctState;
		expect(early.nextIndex).toBeLessThan(3);
		expect(early.finished).toBe(false);
	});

	it('is null for a task that has no picture', () => {
		expect(replayView({ ...run, task: 'stroop' }, stored, Infinity)).toBeNull();
	});
});
