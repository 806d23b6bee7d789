// Logs everything that may have taken the participant's eyes or input away from a timed task:
// the page hidden, the window losing focus, leaving full screen, a resize. Each is stamped with
// its event's timeStamp so it can be placed in the trial it fell in.

export const interruptionTypes = ['visibility_hidden', 'visibility_visible', 'blur', 'focus', 'fullscreen_exit', 'resize'] as const;
export type InterruptionType = (typeof interruptionTypes)[number];

export interface Interruption {
	type: InterruptionType;
	timeStampMs: number;
}

/** Starts listening; returns the function that stops. */
export function watchInterruptions(onInterruption: (interruption: Interruption) => void): () => void {
	const report = (type: InterruptionType) => (event: Event) => onInterruption({ type, timeStampMs: event.timeStamp });
	const onVisibility = (event: Event) =>
		report(document.visibilityState === 'hidden' ? 'visibility_hidden' : 'visibility_visible')(event);
	const onFullscreen = (event: Event) => {
		if (!document.fullscreenElement) report('fullscreen_exit')(event);
	};
	const listeners: [EventTarget, string, (event: Event) => void][] = [
		[document, 'visibilitychange', onVisibility],
		[window, 'blur', report('blur')],
		[window, 'focus', report('focus')],
		[document, 'fullscreenchange', onFullscreen],
		[window, 'resize', report('resize')]
	];
	for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
	return () => {
		for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
	};
}

/** Interruptions that make a trial suspect (a return of focus or visibility does not). */
export function isDisruptive(interruption: Interruption): boolean {
	return interruption.type !== 'visibility_visible' && interruption.type !== 'focus';
}
