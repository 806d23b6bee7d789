// Pointer input at full resolution for the drawing tasks: every pointer event, including the
// coalesced ones a fast stroke packs into one `pointermove`, becomes a sample stamped with its own
// event timeStamp (never a clock read) and mapped to the task's logical sheet.
import type { Point, PointerSample } from '../model/pointer-sample';

export type ScreenToSheet = (xPx: number, yPx: number) => Point;

type PointerLike = Pick<PointerEvent, 'clientX' | 'clientY' | 'timeStamp' | 'pointerType' | 'pressure'>;

/** One sample from one pointer event. */
export function sampleOf(event: PointerLike, phase: PointerSample['phase'], toSheet: ScreenToSheet): PointerSample {
	const { x, y } = toSheet(event.clientX, event.clientY);
	const pointerType = event.pointerType === 'pen' ? 'pen' : event.pointerType === 'touch' ? 'touch' : 'mouse';
	return { x, y, tMs: event.timeStamp, pointerType, pressure: event.pressure, phase };
}

/** The samples a pointermove carries: its coalesced events when the browser has them, else itself. */
export function moveSamples(event: PointerLike & { getCoalescedEvents?: () => PointerLike[] }, toSheet: ScreenToSheet): PointerSample[] {
	const coalesced = event.getCoalescedEvents?.() ?? [];
	const events = coalesced.length > 0 ? coalesced : [event];
	return events.map((e) => sampleOf(e, 'move', toSheet));
}

/**
 * Listens for one pointer's strokes on `element` (the primary pointer only; a second finger is
 * ignored) and hands every sample to `onSamples`. Returns the function that stops listening.
 */
export function capturePointer(element: Element, toSheet: ScreenToSheet, onSamples: (samples: PointerSample[]) => void): () => void {
	let down = false;
	const onDown = (event: PointerEvent) => {
		if (!event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
		event.preventDefault();
		element.setPointerCapture?.(event.pointerId);
		down = true;
		onSamples([sampleOf(event, 'down', toSheet)]);
	};
	const onMove = (event: PointerEvent) => {
		if (!event.isPrimary || !down) return;
		onSamples(moveSamples(event, toSheet));
	};
	const onUp = (event: PointerEvent) => {
		if (!event.isPrimary || !down) return;
		down = false;
		onSamples([sampleOf(event, 'up', toSheet)]);
	};
	const listeners: [string, (event: PointerEvent) => void][] = [
		['pointerdown', onDown],
		['pointermove', onMove],
		['pointerup', onUp],
		['pointercancel', onUp]
	];
	for (const [type, listener] of listeners) element.addEventListener(type, listener as EventListener);
	return () => {
		for (const [type, listener] of listeners) element.removeEventListener(type, listener as EventListener);
	};
}
