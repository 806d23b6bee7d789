// Plays the participant in the digital PHES: draws through the NCT circles and dots the SDT grid
// with mouse events stamped at chosen page times, so the true times are known.
import { expect, type Page } from '@playwright/test';
import type { StampedInput } from './stamped-input';

/** From a subtest's instruction screen, starts its next item and waits until it is on screen. */
export async function startPhesItem(page: Page, subtest: string): Promise<void> {
	await expect(page.locator(`.participant[data-screen=instructions][data-subtest=${subtest}]`)).toBeVisible();
	await page.keyboard.press(' ');
	await expect(page.locator(`.participant[data-subtest=${subtest}]:is([data-screen=practice], [data-screen=test])`)).toBeVisible();
}

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
export async function drawNct(page: Page, input: StampedInput, options: { stepMs: number; detourAfter?: number[]; via?: 'mouse' | 'touch' }): Promise<DrawTruth> {
	const targets = await centres(page, '[data-circle]', 'data-circle');
	let t = (await input.nowMs()) + 5;
	let mistakes = 0;
	const firstMs = t;
	await input.pointer('down', targets[0]!.x, targets[0]!.y, t, options.via);
	for (let i = 1; i < targets.length; i++) {
		if (options.detourAfter?.includes(i - 1)) {
			const wrong = targets[(i + 3) % targets.length]!;
			t += options.stepMs;
			await input.pointer('move', wrong.x, wrong.y, t, options.via);
			mistakes++;
		}
		t += options.stepMs;
		await input.pointer('move', targets[i]!.x, targets[i]!.y, t, options.via);
	}
	await input.pointer('up', targets[targets.length - 1]!.x, targets[targets.length - 1]!.y, t + 5, options.via);
	return { firstMs, lastMs: t, mistakes };
}

/**
 * Dots every circle of the SDT grid in order; the dots listed in `missAt` land outside their
 * circle, and the circles listed in `doubleTapAt` get a second tap on the same spot 80 ms after
 * the first (an accidental double tap; `stepMs` must leave room for it).
 */
export async function dotSdt(
	page: Page,
	input: StampedInput,
	options: { stepMs: number; missAt?: number[]; doubleTapAt?: number[]; via?: 'mouse' | 'touch' }
): Promise<DrawTruth> {
	const circles = await centres(page, '[data-dot-circle]', 'data-dot-circle');
	const radiusPx = await page.locator('[data-dot-circle]').first().evaluate((c) => c.getBoundingClientRect().width / 2);
	let t = (await input.nowMs()) + 5;
	const firstMs = t;
	for (const [i, c] of circles.entries()) {
		const dx = options.missAt?.includes(i) ? radiusPx * 1.6 : 0;
		await input.pointer('down', c.x + dx, c.y, t, options.via);
		await input.pointer('up', c.x + dx, c.y, t + 20, options.via);
		if (options.doubleTapAt?.includes(i)) {
			await input.pointer('down', c.x + dx, c.y, t + 80, options.via);
			await input.pointer('up', c.x + dx, c.y, t + 100, options.via);
		}
		if (i < circles.length - 1) t += options.stepMs;
	}
	return { firstMs, lastMs: t, mistakes: options.missAt?.length ?? 0 };
}

/**
 * Taps the centre of the first SDT circle again and again, `stepMs` apart, until the test ends
 * (stray taps use up the circles as misses); returns the number of taps.
 */
export async function tapSdtSpot(page: Page, input: StampedInput, options: { stepMs: number; maxTaps?: number; via?: 'mouse' | 'touch' }): Promise<number> {
	const [spot] = await centres(page, '[data-dot-circle]', 'data-dot-circle');
	const testing = page.locator('.participant[data-screen=test][data-subtest=sdt]');
	let t = (await input.nowMs()) + 5;
	let taps = 0;
	while (taps < (options.maxTaps ?? 150) && (await testing.count()) > 0) {
		await input.pointer('down', spot!.x, spot!.y, t, options.via);
		await input.pointer('up', spot!.x, spot!.y, t + 20, options.via);
		taps++;
		t += options.stepMs;
	}
	return taps;
}

/**
 * Answers DST items with stamped mouse presses `stepMs` apart until `stopBeforeEndMs` before the
 * time limit (or until the practice ends); the items listed in `wrongAt` get another symbol.
 */
export async function answerDst(
	page: Page,
	input: StampedInput,
	options: { stepMs: number; wrongAt?: number[]; timeLimitMs?: number; stopBeforeEndMs?: number; via?: 'mouse' | 'touch' }
): Promise<DrawTruth & { answered: number; correct: number; pressesMs: number[] }> {
	const onsetId = (await page.getByTestId('dst-digit').getAttribute('elementtiming'))!;
	const { paintMs } = await input.paintOf(onsetId);
	const key = Object.fromEntries(
		await page.locator('.pair').evaluateAll((pairs) => pairs.map((p) => [p.getAttribute('data-digit'), p.getAttribute('data-glyph')]))
	) as Record<string, string>;
	let t = Math.max(paintMs + options.stepMs, (await input.nowMs()) + 5);
	let answered = 0;
	let wrong = 0;
	const pressesMs: number[] = [];
	const endMs = options.timeLimitMs === undefined ? Infinity : paintMs + options.timeLimitMs - (options.stopBeforeEndMs ?? 500);
	while (t < endMs) {
		const digit = await page.evaluate(() => document.querySelector('[data-testid=dst-digit]')?.getAttribute('data-digit') ?? null);
		if (digit === null) break;
		const right = key[digit]!;
		const glyph = options.wrongAt?.includes(answered) ? Object.values(key).find((g) => g !== right)! : right;
		const box = (await page.locator(`.choice[data-glyph=${glyph}]`).boundingBox())!;
		await input.pointer('down', box.x + box.width / 2, box.y + box.height / 2, t, options.via);
		await input.pointer('up', box.x + box.width / 2, box.y + box.height / 2, t + 30, options.via);
		pressesMs.push(t);
		if (glyph !== right) wrong++;
		answered++;
		// The next item is on screen (the same digit never comes twice in a row), or the test is over.
		await page.waitForFunction((shown) => document.querySelector('[data-testid=dst-digit]')?.getAttribute('data-digit') !== shown, digit);
		t += options.stepMs;
	}
	return { firstMs: paintMs, lastMs: t, mistakes: wrong, answered, correct: answered - wrong, pressesMs };
}

/** The sheet-to-screen mapping of the visible sheet (an affine map from the SVG's CTM). */
async function sheetToScreen(page: Page): Promise<(x: number, y: number) => { x: number; y: number }> {
	const m = await page.getByTestId('sheet').evaluate((svg) => {
		const ctm = (svg as SVGSVGElement).getScreenCTM()!;
		return { a: ctm.a, b: ctm.b, c: ctm.c, d: ctm.d, e: ctm.e, f: ctm.f };
	});
	return (x, y) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
}

/**
 * Traces the LTT centre line in one stroke at `speedUnitsPerS`, leaving the corridor by 8 units
 * beyond its edge at each fraction of the length in `excursionsAt`. The end area is entered by two
 * samples on either side of its edge with the same timestamp, so the true end time is exact.
 */
export async function traceLtt(page: Page, input: StampedInput, options: { speedUnitsPerS: number; excursionsAt?: number[]; via?: 'mouse' | 'touch' }): Promise<DrawTruth> {
	const track = page.getByTestId('ltt-track');
	const centre = JSON.parse((await track.getAttribute('data-centre'))!) as { x: number; y: number }[];
	const half = Number(await track.getAttribute('stroke-width')) / 2;
	const end = await page.locator('[data-ltt=end]').evaluate((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) }));
	const toScreen = await sheetToScreen(page);
	const stepMs = 8;
	const stepUnits = (options.speedUnitsPerS * stepMs) / 1000;
	// Points along the centre line every `stepUnits`, with the outward normal at each.
	const points: { x: number; y: number; nx: number; ny: number; s: number }[] = [];
	let s = 0;
	for (let i = 1; i < centre.length; i++) {
		const a = centre[i - 1]!;
		const b = centre[i]!;
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		for (let u = points.length === 0 ? 0 : stepUnits - (s % stepUnits || stepUnits); u < length; u += stepUnits) {
			points.push({ x: a.x + ((b.x - a.x) * u) / length, y: a.y + ((b.y - a.y) * u) / length, nx: -(b.y - a.y) / length, ny: (b.x - a.x) / length, s: s + u });
		}
		s += length;
	}
	const totalUnits = s;
	const outside = (p: { x: number; y: number }) => Math.hypot(p.x - end.x, p.y - end.y) > end.r;
	const lastOutside = points.findLastIndex((p, i) => outside(p) && i < points.findIndex((q) => !outside(q)));
	const route = points.slice(0, lastOutside + 1);
	const excursionSpans = (options.excursionsAt ?? []).map((f) => [f * totalUnits, f * totalUnits + 15 * stepUnits]);
	let t = (await input.nowMs()) + 5;
	const firstMs = t;
	const start = toScreen(route[0]!.x, route[0]!.y);
	await input.pointer('down', start.x, start.y, t, options.via);
	for (const p of route.slice(1)) {
		t += stepMs;
		const away = excursionSpans.some(([from, to]) => p.s >= from! && p.s < to!) ? half + 8 : 0;
		const q = toScreen(p.x + p.nx * away, p.y + p.ny * away);
		await input.pointer('move', q.x, q.y, t, options.via);
	}
	// Across the end area's edge: 2 units outside, then 2 units inside, at the same instant.
	const from = route[route.length - 1]!;
	const dx = end.x - from.x;
	const dy = end.y - from.y;
	const d = Math.hypot(dx, dy);
	t += stepMs;
	for (const r of [end.r + 2, end.r - 2]) {
		const q = toScreen(end.x - (dx / d) * r, end.y - (dy / d) * r);
		await input.pointer('move', q.x, q.y, t, options.via);
	}
	const stop = toScreen(end.x, end.y);
	await input.pointer('up', stop.x, stop.y, t + stepMs, options.via);
	return { firstMs, lastMs: t, mistakes: excursionSpans.length };
}

/**
 * One straight stroke from the middle of the LTT start area to the middle of the end area in
 * `durationMs`, a sample every 8 ms, lifted there: the track itself is not traced.
 */
export async function strokeLtt(page: Page, input: StampedInput, options: { durationMs: number; via?: 'mouse' | 'touch' }): Promise<{ firstMs: number; lastMs: number }> {
	const area = (which: string) =>
		page.locator(`[data-ltt=${which}]`).evaluate((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
	const [start, end] = [await area('start'), await area('end')];
	const toScreen = await sheetToScreen(page);
	const steps = Math.max(1, Math.round(options.durationMs / 8));
	let t = (await input.nowMs()) + 5;
	const firstMs = t;
	for (let i = 0; i <= steps; i++) {
		const q = toScreen(start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
		await input.pointer(i === 0 ? 'down' : 'move', q.x, q.y, t, options.via);
		if (i < steps) t += 8;
	}
	const stop = toScreen(end.x, end.y);
	await input.pointer('up', stop.x, stop.y, t + 8, options.via);
	return { firstMs, lastMs: t };
}
