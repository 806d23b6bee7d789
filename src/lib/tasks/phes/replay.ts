// A stored digital subtest drawn again as it was done: its form's layout rebuilt from the form id,
// the raw pointer samples read back, and the protocol replayed up to any moment, so the picture
// shows exactly what the participant saw then (reached circles, errors, dots, misses).
import type { EventRecord, TaskRunRecord } from '../../model/records';
import { phesSubtest } from './battery';
import { pointerSamplesEventType, type PointerSample } from '../../model/pointer-sample';

/** The samples stored with a task run, in time order. */
export function storedSamples(events: readonly EventRecord[], taskRunId: string): PointerSample[] {
	return events
		.filter((e) => e.taskRunId === taskRunId && e.type === pointerSamplesEventType && typeof e.detail.samples === 'string')
		.flatMap((e) => JSON.parse(e.detail.samples as string) as PointerSample[])
		.sort((a, b) => a.tMs - b.tMs);
}

/** The subtest's view state after every sample up to `untilMs`; null for a task that is not replayable. */
export function replayView(run: Pick<TaskRunRecord, 'task' | 'formId' | 'seed' | 'parameters'>, samples: readonly PointerSample[], untilMs: number): unknown | null {
	const spec = phesSubtest(run.task);
	if (!spec) return null;
	const adapter = spec.test({ formId: run.formId, seed: run.seed }, run.parameters);
	const shown = samples.filter((s) => s.tMs <= untilMs);
	if (shown.length > 0) adapter.feed({ kind: 'samples', samples: shown });
	return adapter.view;
}
