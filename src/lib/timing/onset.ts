// Stimulus onset = when the frame showing the stimulus was presented. Best source: Element Timing
// for the stimulus element (a fresh element with an `elementtiming` identifier per stimulus), whose
// `presentationTime` (else `renderTime`) is the presentation of that frame. Fallback where the
// browser has no Element Timing or reports nothing: the timestamp of the animation frame after the
// one in which the DOM changed (double requestAnimationFrame, as lab.js does).

export type OnsetMethod = 'element-timing' | 'double-raf';

export interface Onset {
	onsetMs: number;
	method: OnsetMethod;
}

/** The fields of a PerformanceElementTiming entry that we read (not in TypeScript's DOM lib). */
interface ElementTimingEntry extends PerformanceEntry {
	identifier: string;
	renderTime: number;
	presentationTime?: number;
}

/** How long after the fallback frame an Element Timing entry may still arrive (e.g. after a stall). */
const elementTimingGraceMs = 1000;

export function supportsElementTiming(): boolean {
	return typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('element');
}

/** Captures the onset of each stimulus; one per task, disconnected when the task ends. */
export class OnsetClock {
	#observer: PerformanceObserver | null = null;
	#paints = new Map<string, number>();
	#waiting = new Map<string, (paintMs: number) => void>();

	constructor(useElementTiming = supportsElementTiming()) {
		if (!useElementTiming) return;
		this.#observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as ElementTimingEntry[]) {
				const paintMs = entry.presentationTime || entry.renderTime;
				if (!paintMs) continue;
				this.#paints.set(entry.identifier, paintMs);
				this.#waiting.get(entry.identifier)?.(paintMs);
			}
		});
		this.#observer.observe({ type: 'element', buffered: true });
	}

	get method(): OnsetMethod {
		return this.#observer ? 'element-timing' : 'double-raf';
	}

	/**
	 * Call in the same task that put the stimulus element (with `elementtiming=identifier`) into the
	 * DOM. Resolves once its onset is known — which may be after the response: nothing waits on it.
	 */
	capture(identifier: string): Promise<Onset> {
		return new Promise((resolve) => {
			let fallbackMs: number | null = null;
			let settled = false;
			const settle = (onset: Onset) => {
				if (settled) return;
				settled = true;
				this.#waiting.delete(identifier);
				this.#paints.delete(identifier);
				resolve(onset);
			};
			const painted = this.#paints.get(identifier);
			if (painted !== undefined) return settle({ onsetMs: painted, method: 'element-timing' });
			if (this.#observer) this.#waiting.set(identifier, (paintMs) => settle({ onsetMs: paintMs, method: 'element-timing' }));
			requestAnimationFrame(() =>
				requestAnimationFrame((frameMs) => {
					fallbackMs = frameMs;
					if (!this.#observer) return settle({ onsetMs: frameMs, method: 'double-raf' });
					setTimeout(() => settle({ onsetMs: fallbackMs!, method: 'double-raf' }), elementTimingGraceMs);
				})
			);
		});
	}

	disconnect(): void {
		this.#observer?.disconnect();
		this.#waiting.clear();
		this.#paints.clear();
	}
}
