// A second source for stimulus onsets: the browser's own performance trace (DevTools protocol
// `Tracing`). Trace timestamps are monotonic microseconds on another origin than performance.now();
// they are mapped with `performance.mark()`s the benchmark places at known page times, which the
// trace carries under `blink.user_timing`. A stimulus's onset by the trace is the first displayed
// frame (`Display::FrameDisplayed`) after the first main-thread `Paint` that follows the stimulus's
// insertion into the DOM (as the benchmark's own MutationObserver saw it).
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	args?: { data?: { startTime?: number } };
}

const categories = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-display.framedisplayed'];
const markPrefix = 'bench-trace-sync-';

export class OnsetTrace {
	#events: TraceEvent[] = [];
	#marks = new Map<string, number>();
	#done: Promise<unknown> | null = null;

	private constructor(
		private readonly page: Page,
		private readonly cdp: CDPSession
	) {}

	static async start(page: Page): Promise<OnsetTrace> {
		const cdp = await page.context().newCDPSession(page);
		const trace = new OnsetTrace(page, cdp);
		cdp.on('Tracing.dataCollected', (data) => {
			for (const event of data.value as unknown as TraceEvent[]) trace.#events.push(event);
		});
		await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
		await trace.mark();
		return trace;
	}

	/** Places a mark at a known page time; call a few times while tracing. */
	async mark(): Promise<void> {
		const name = `${markPrefix}${this.#marks.size}`;
		const startTime = await this.page.evaluate((n) => performance.mark(n).startTime, name);
		this.#marks.set(name, startTime);
	}

	async stop(): Promise<void> {
		await this.mark();
		this.#done = new Promise((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
		await this.cdp.send('Tracing.end');
		await this.#done;
		await this.cdp.detach();
	}

	/** What the trace carries: event counts by name, the most frequent first. */
	carries(limit = 12): string {
		const counts = new Map<string, number>();
		for (const e of this.#events) counts.set(`${e.name} (${e.cat})`, (counts.get(`${e.name} (${e.cat})`) ?? 0) + 1);
		return [...counts.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.map(([name, n]) => `${n}× ${name}`)
			.join(', ');
	}

	/**
	 * Offset (ms) to add to trace time (ts/1000) to get page time, from each mark, and how far the
	 * marks disagree. Null when the trace holds none of them.
	 */
	clockMapping(): { offsetMs: number; spreadMs: number; marks: number } | null {
		const offsets: number[] = [];
		for (const e of this.#events) {
			const pageMs = this.#marks.get(e.name);
			if (e.cat.includes('blink.user_timing') && pageMs !== undefined) offsets.push(pageMs - e.ts / 1000);
		}
		if (offsets.length === 0) return null;
		offsets.sort((a, b) => a - b);
		return { offsetMs: offsets[Math.floor(offsets.length / 2)]!, spreadMs: offsets[offsets.length - 1]! - offsets[0]!, marks: offsets.length };
	}

	/** Onset by the trace for a stimulus inserted at `insertedMs` (page time); null if not found. */
	onsetAfter(insertedMs: number, offsetMs: number): number | null {
		// Searched on the trace's own clock, so the sorted lists do not depend on the offset.
		const insertedTraceMs = insertedMs - offsetMs;
		this.#paintsMs ??= this.#timesMs('Paint');
		this.#displayedMs ??= this.#timesMs('Display::FrameDisplayed');
		const paintMs = this.#paintsMs.find((t) => t >= insertedTraceMs);
		if (paintMs === undefined) return null;
		const displayedMs = this.#displayedMs.find((t) => t >= paintMs);
		return displayedMs === undefined ? null : displayedMs + offsetMs;
	}

	#timesMs(name: string): number[] {
		return this.#events
			.filter((e) => e.name === name)
			.map((e) => e.ts / 1000)
			.sort((a, b) => a - b);
	}

	#paintsMs: number[] | undefined;
	#displayedMs: number[] | undefined;

	get displayedFrames(): number {
		return this.#events.filter((e) => e.name === 'Display::FrameDisplayed').length;
	}
}
