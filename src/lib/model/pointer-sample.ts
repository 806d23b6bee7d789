// A point on the PHES logical sheet and one pointer sample on it: the raw material of every drawing
// subtest, written by timing (capture), read by tasks (protocols), storage and review (pictures).

export interface Point {
	x: number;
	y: number;
}

/** One pointer sample, kept at full resolution (coalesced events included). */
export interface PointerSample extends Point {
	/** The event's timeStamp, on the page's performance.now() time base. */
	tMs: number;
	pointerType: 'mouse' | 'touch' | 'pen';
	/** 0…1; 0.5 for a mouse button press as browsers report it. */
	pressure: number;
	/** down, move or up. */
	phase: 'down' | 'move' | 'up';
}

/** The type of the events that carry a task run's pointer samples (`detail.samples`, JSON). */
export const pointerSamplesEventType = 'pointer_samples';
