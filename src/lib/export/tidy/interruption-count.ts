// Interruptions as the timing layer defines them (the page hidden, focus lost, full screen left, a
// resize; a return of focus or visibility is not one), counted from the stored events.
import type { EventRecord } from '../../model/records';
import { interruptionTypes, isDisruptive, type InterruptionType } from '../../timing/interruptions';

const types: ReadonlySet<string> = new Set(interruptionTypes);

export const isInterruptionEvent = (event: Pick<EventRecord, 'type' | 'timeStampMs'>): boolean =>
	types.has(event.type) && isDisruptive({ type: event.type as InterruptionType, timeStampMs: event.timeStampMs });

/** Interruption events per session id. */
export function interruptionsBySession(events: readonly EventRecord[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const event of events) if (isInterruptionEvent(event)) counts.set(event.sessionId, (counts.get(event.sessionId) ?? 0) + 1);
	return counts;
}
