// Pure analysis of a frame log: the timestamps of successive requestAnimationFrame callbacks.

/** Median interval between successive frames, in ms; null with fewer than two frames. */
export function medianFrameIntervalMs(frameTimesMs: readonly number[]): number | null {
	const intervals = frameTimesMs.slice(1).map((t, i) => t - frameTimesMs[i]!);
	if (intervals.length === 0) return null;
	const sorted = intervals.sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A frame interval longer than this many nominal intervals means at least one frame was dropped. */
export const droppedFrameFactor = 1.5;

/**
 * The longest frame interval that overlaps [startMs, endMs] (a trial from onset to response), and
 * whether it exceeds `droppedFrameFactor` × the nominal interval. Frame times must be ascending and
 * should include the first frame after `endMs`, so the interval spanning the response is complete.
 */
export function longestFrameDuring(
	frameTimesMs: readonly number[],
	startMs: number,
	endMs: number,
	nominalIntervalMs: number
): { longestIntervalMs: number; dropped: boolean } {
	let longest = 0;
	for (let i = 1; i < frameTimesMs.length; i++) {
		const from = frameTimesMs[i - 1]!;
		const to = frameTimesMs[i]!;
		if (to > startMs && from < endMs) longest = Math.max(longest, to - from);
	}
	return { longestIntervalMs: longest, dropped: longest > droppedFrameFactor * nominalIntervalMs };
}

/**
 * The frames a trial is checked against: from the last frame at or before `startMs` to the first
 * frame stamped after `endMs`; null while no frame stamped after `endMs` is known. A frame that
 * merely ran after the response is not enough: after a stall the first callback can carry the time
 * of a frame begun during the stall, before the response, and the interval holding the response
 * would be missed.
 */
export function framesSpanning(frameTimesMs: readonly number[], startMs: number, endMs: number): number[] | null {
	let last = frameTimesMs.length - 1;
	if (last < 0 || frameTimesMs[last]! <= endMs) return null;
	while (last > 0 && frameTimesMs[last - 1]! > endMs) last--;
	let first = last;
	while (first > 0 && frameTimesMs[first]! > startMs) first--;
	return frameTimesMs.slice(first, last + 1);
}
