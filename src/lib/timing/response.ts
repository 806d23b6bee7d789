// A response is stamped with its input event's own `timeStamp`: the moment the browser received
// the input, on the performance.now() time base. A clock read inside the handler would include
// however long the main thread was busy before the handler ran.

export type ResponseModality = 'key' | 'mouse' | 'touch' | 'pen';

export interface StampedResponse<R> {
	response: R;
	responseMs: number;
	modality: ResponseModality;
}

/** The response a key press gives, or null for an auto-repeat or a key that means nothing here. */
export function keyResponse<R>(
	event: Pick<KeyboardEvent, 'key' | 'repeat' | 'timeStamp'>,
	keyMap: Readonly<Record<string, R>>
): StampedResponse<R> | null {
	if (event.repeat || !Object.hasOwn(keyMap, event.key)) return null;
	return { response: keyMap[event.key]!, responseMs: event.timeStamp, modality: 'key' };
}

/** The response a pointer press on a target gives; only the primary button of a mouse counts. */
export function pointerResponse<R>(
	event: Pick<PointerEvent, 'pointerType' | 'button' | 'timeStamp'>,
	response: R
): StampedResponse<R> | null {
	if (event.pointerType === 'mouse' && event.button !== 0) return null;
	const modality: ResponseModality = event.pointerType === 'pen' ? 'pen' : event.pointerType === 'touch' ? 'touch' : 'mouse';
	return { response, responseMs: event.timeStamp, modality };
}

/** Response time in ms; null when the onset is unknown. */
export function responseTimeMs(onsetMs: number | null, responseMs: number): number | null {
	return onsetMs === null ? null : responseMs - onsetMs;
}
