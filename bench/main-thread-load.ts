// Main-thread load injected into the page under test: a busy loop of a chosen length starting at a
// chosen page time. The page records when each block really ran, so trials can be classified by
// what actually happened rather than by what was planned.
import type { Page } from '@playwright/test';

export interface Block {
	startMs: number;
	endMs: number;
	kind: 'burst' | 'stall';
}

export async function installLoadRecorder(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __blocks?: unknown[] };
		w.__blocks ??= [];
	});
}

/** Blocks the page's main thread for `durationMs`, starting at page time `startMs`. */
export async function blockMainThread(page: Page, startMs: number, durationMs: number, kind: Block['kind']): Promise<void> {
	await page.evaluate(
		([at, duration, what]) => {
			setTimeout(() => {
				const start = performance.now();
				while (performance.now() - start < duration) {
					/* busy: this is the load */
				}
				(window as unknown as { __blocks: unknown[] }).__blocks.push({ startMs: start, endMs: performance.now(), kind: what });
			}, Math.max(0, at - performance.now()));
		},
		[startMs, durationMs, kind] as const
	);
}

export async function recordedBlocks(page: Page): Promise<Block[]> {
	return page.evaluate(() => (window as unknown as { __blocks: Block[] }).__blocks);
}
