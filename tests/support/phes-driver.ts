// Plays the participant in the digital PHES: draws through the NCT circles and dots the SDT grid
// with mouse events stamped at chosen page times, so the true times are known.
import type { Page } from '@playwright/test';
import type { StampedInput } from './stamped-input';

interface Target {
	label: string;
	x: number;
	y: number;
}

/** Screen centres of the shapes matching `selector`, in their order on the sheet. */
async function centres(page: Page, selector: string, labelAttribute: string): Promise<Target[]> {
	return page.locator(selector).evaluateAll(
		(nodes, attribute) =>
			nodes.map((node) => {
				const box = node.querySelector('circle')?.getBoundingClientRect() ?? node.getBoundingClientRect();
				return { label: node.getAttribute(attribute) ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
			}),
		labelAttribute
	);
}

export interface DrawTruth {
	/** Page time of the first sample inside circle 1 and inside the last circle. */
	firstMs: number;
	lastMs: number;
	mistakes: number;
}

/**
 * Draws circle to circle in one stroke, one sample at each centre `stepMs` apart; after the
 * targets listed in `detourAfter`, it first visits a circle that is not due (one mistake each).
 */
export async function drawNct(page: Page, input: StampedInput, options: { stepMs: number; detourAfter?: number[] }): Promise<DrawTruth> {
	const targets = await centres(page, '[data-circle]', 'data-circle');
	let t = (await input.nowMs()) + 5;
	let mistakes = 0;
	const firstMs = t;
	await input.mouseEvent('mousePressed', targets[0]!.x, targets[0]!.y, t);
	for (let i = 1; i < targets.length; i++) {
		if (options.detourAfter?.includes(i - 1)) {
			const wrong = targets[(i + 3) % targets.length]!;
			t += options.stepMs;
			await input.mouseEvent('mouseMoved', wrong.x, wrong.y, t);
			mistakes++;
		}
		t += options.stepMs;
		await input.mouseEvent('mouseMoved', targets[i]!.x, targets[i]!.y, t);
	}
	await input.mouseEvent('mouseReleased', targets[targets.length - 1]!.x, targets[targets.length - 1]!.y, t + 5);
	return { firstMs, lastMs: t, mistakes };
}

/** Dots every circle of the SDT grid in order; the dots listed in `missAt` land outside their circle. */
export async function dotSdt(page: Page, input: StampedInput, options: { stepMs: number; missAt?: number[] }): Promise<DrawTruth> {
	const circles = await centres(page, '[data-dot-circle]', 'data-dot-circle');
	const radiusPx = await page.locator('[data-dot-circle]').first().evaluate((c) => c.getBoundingClientRect().width / 2);
	let t = (await input.nowMs()) + 5;
	const firstMs = t;
	for (const [i, c] of circles.entries()) {
		const dx = options.missAt?.includes(i) ? radiusPx * 1.6 : 0;
		await input.mouseEvent('mousePressed', c.x + dx, c.y, t);
		await input.mouseEvent('mouseReleased', c.x + dx, c.y, t + 20);
		if (i < circles.length - 1) t += options.stepMs;
	}
	return { firstMs, lastMs: t, mistakes: options.missAt?.length ?? 0 };
}
