// Input with a known true time: the DevTools protocol lets a test dispatch key, mouse and touch
// events with a chosen `timestamp`, which Chromium uses as the event's timeStamp. Paired with a
// PerformanceObserver of the page's own paint records, a test knows the true onset of each
// stimulus and the true instant of each response.
import type { CDPSession, Page } from '@playwright/test';

export interface Paint {
	identifier: string;
	/** presentationTime, else renderTime, on the page's performance.now() time base. */
	paintMs: number;
}

const keyCodes: Record<string, number> = { ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40, ' ': 32, Enter: 13, Escape: 27 };

export class StampedInput {
	private constructor(
		private readonly page: Page,
		private readonly cdp: CDPSession,
		private timeOriginMs: number
	) {}

	static async attach(page: Page): Promise<StampedInput> {
		const cdp = await page.context().newCDPSession(page);
		const input = new StampedInput(page, cdp, 0);
		await input.installPaintObserver();
		return input;
	}

	/** (Re)installs the paint observer; call again after every navigation or reload. */
	async installPaintObserver(): Promise<void> {
		this.timeOriginMs = await this.page.evaluate(() => {
			const w = window as unknown as { __paints?: Record<string, number> };
			if (!w.__paints) {
				w.__paints = {};
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; presentationTime?: number })[]) {
						w.__paints![entry.identifier] = entry.presentationTime || entry.renderTime;
					}
				}).observe({ type: 'element', buffered: true });
			}
			return performance.timeOrigin;
		});
	}

	/** The page's paint record of an element with `elementtiming=identifier`. */
	async paintOf(identifier: string, timeoutMs = 10_000): Promise<Paint> {
		const handle = await this.page.waitForFunction(
			(id) => (window as unknown as { __paints: Record<string, number> }).__paints[id],
			identifier,
			{ timeout: timeoutMs, polling: 5 }
		);
		return { identifier, paintMs: (await handle.jsonValue()) as number };
	}

	/** Waits until `pageTimeMs` is in the past (never inject a future timestamp), as a CDP timestamp. */
	private async stampFor(pageTimeMs: number): Promise<number> {
		const wallMs = this.timeOriginMs + pageTimeMs;
		const marginMs = 3;
		while (Date.now() < wallMs + marginMs) await new Promise((r) => setTimeout(r, Math.max(1, wallMs + marginMs - Date.now())));
		return wallMs / 1000;
	}

	async keyAt(key: string, pageTimeMs: number): Promise<void> {
		const timestamp = await this.stampFor(pageTimeMs);
		const code = keyCodes[key] ?? key.toUpperCase().charCodeAt(0);
		const base = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
		await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base, timestamp });
		await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base, timestamp: timestamp + 0.05 });
	}

	async mouseAt(x: number, y: number, pageTimeMs: number): Promise<void> {
		const timestamp = await this.stampFor(pageTimeMs);
		const base = { x, y, button: 'left' as const, clickCount: 1 };
		await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...base, timestamp });
		await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...base, timestamp: timestamp + 0.05 });
	}

	/** One mouse event (press, move with the button held, release) at a chosen page time. */
	async mouseEvent(type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number, pageTimeMs: number): Promise<void> {
		const timestamp = await this.stampFor(pageTimeMs);
		const pressed = type !== 'mouseReleased';
		await this.cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: pressed ? 1 : 0, clickCount: type === 'mouseMoved' ? 0 : 1, timestamp });
	}

	/** A press, a move while pressed, or a release, by mouse (default) or by one finger. */
	async pointer(phase: 'down' | 'move' | 'up', x: number, y: number, pageTimeMs: number, via: 'mouse' | 'touch' = 'mouse'): Promise<void> {
		if (via === 'mouse') return this.mouseEvent(phase === 'down' ? 'mousePressed' : phase === 'move' ? 'mouseMoved' : 'mouseReleased', x, y, pageTimeMs);
		const timestamp = await this.stampFor(pageTimeMs);
		const type = phase === 'down' ? 'touchStart' : phase === 'move' ? 'touchMove' : 'touchEnd';
		await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: phase === 'up' ? [] : [{ x, y }], timestamp });
	}

	async touchAt(x: number, y: number, pageTimeMs: number): Promise<void> {
		const timestamp = await this.stampFor(pageTimeMs);
		await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }], timestamp });
		await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: timestamp + 0.05 });
	}

	/** The page's current time (performance.now()). */
	async nowMs(): Promise<number> {
		return this.page.evaluate(() => performance.now());
	}
}
