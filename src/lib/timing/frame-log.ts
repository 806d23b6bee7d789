// Records the timestamp of every animation frame while a timed task runs, so each trial can be
// checked for dropped frames and the display's refresh interval can be measured.
import { framesSpanning } from './frame-analysis';

const keepMs = 120_000; // older frames are never needed: a trial lasts seconds

export class FrameLog {
	#times: number[] = [];
	#handle = 0;
	#running = false;
	#afterWaiters: { afterMs: number; resolve: () => void }[] = [];

	start(): void {
		if (this.#running) return;
		this.#running = true;
		const tick = (timeMs: number) => {
			if (!this.#running) return;
			this.#times.push(timeMs);
			if (timeMs - this.#times[0]! > keepMs) this.#times.splice(0, this.#times.length / 2);
			const due = this.#afterWaiters.filter((w) => timeMs > w.afterMs);
			this.#afterWaiters = this.#afterWaiters.filter((w) => timeMs <= w.afterMs);
			for (const waiter of due) waiter.resolve();
			this.#handle = requestAnimationFrame(tick);
		};
		this.#handle = requestAnimationFrame(tick);
	}

	stop(): void {
		this.#running = false;
		cancelAnimationFrame(this.#handle);
	}

	/**
	 * The frames from the last at or before `fromMs` to the first stamped after `toMs`, once that
	 * frame is in the log (see `framesSpanning`).
	 */
	async framesSpanning(fromMs: number, toMs: number): Promise<number[]> {
		await this.frameAfter(toMs);
		return framesSpanning(this.#times, fromMs, toMs)!;
	}

	/** Resolves once the log holds a frame stamped after `afterMs` (at once if it does already). */
	frameAfter(afterMs: number): Promise<void> {
		if ((this.#times.at(-1) ?? -Infinity) > afterMs) return Promise.resolve();
		return new Promise<void>((resolve) => this.#afterWaiters.push({ afterMs, resolve }));
	}

	/** Frame timestamps from the last frame at or before `fromMs` on. */
	framesSince(fromMs: number): number[] {
		let first = this.#times.length - 1;
		while (first > 0 && this.#times[first]! > fromMs) first--;
		return this.#times.slice(Math.max(first, 0));
	}

	get frameTimesMs(): readonly number[] {
		return this.#times;
	}
}
