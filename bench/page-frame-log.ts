// The benchmark's own observers inside the page under test, installed before any of the app's code
// runs: an animation-frame log (every requestAnimationFrame timestamp, kept by the benchmark, not the
// app), when each stimulus element entered the DOM, and when each input event reached the page.
// They are the independent truth for dropped frames, the anchors for the browser-trace onsets, and
// tell how long injected input took to reach the page (so the app's own part of a gap is known).
import type { Page } from '@playwright/test';

export interface PageObservations {
	frameTimesMs: number[];
	/** elementtiming identifier → performance.now() when the element was added. */
	insertedMs: Record<string, number>;
	/** keydown/pointerdown as the page received them: [event.timeStamp, performance.now() when its first listener ran]. */
	handled: [number, number][];
}

export async function installPageObservers(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __bench?: PageObservations };
		if (w.__bench) return;
		const bench: PageObservations = { frameTimesMs: [], insertedMs: {}, handled: [] };
		w.__bench = bench;
		const tick = (timeMs: number) => {
			bench.frameTimesMs.push(timeMs);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		// Microtask after the DOM change, before the frame that paints it.
		new MutationObserver((records) => {
			const nowMs = performance.now();
			for (const record of records) {
				for (const node of record.addedNodes) {
					const id = node instanceof Element ? node.getAttribute('elementtiming') : null;
					if (id && !(id in bench.insertedMs)) bench.insertedMs[id] = nowMs;
				}
			}
		}).observe(document, { childList: true, subtree: true });
		const onInput = (event: Event) => bench.handled.push([event.timeStamp, performance.now()]);
		window.addEventListener('keydown', onInput, { capture: true });
		window.addEventListener('pointerdown', onInput, { capture: true });
	});
}

export async function pageObservations(page: Page): Promise<PageObservations> {
	return page.evaluate(() => (window as unknown as { __bench: PageObservations }).__bench);
}

/**
 * The truth for one trial: the longest frame interval of the benchmark's log that overlaps
 * [onsetMs, responseMs], up to the first frame stamped after the response. Worked out here, not by
 * the app's frame analysis, so a mistake there cannot hide in the truth.
 */
export function longestTrueIntervalMs(frameTimesMs: readonly number[], onsetMs: number, responseMs: number): number | null {
	const end = frameTimesMs.findIndex((t) => t > responseMs);
	if (end < 0) return null;
	let longest = 0;
	for (let i = 1; i <= end; i++) {
		const from = frameTimesMs[i - 1]!;
		const to = frameTimesMs[i]!;
		if (to > onsetMs && from < responseMs) longest = Math.max(longest, to - from);
	}
	return longest;
}
