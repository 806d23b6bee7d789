// Records the timestamp of every animation frame while a timed task runs, so each trial can be
// checked for dropped frames and the display's refresh interval can be measured.

const keepMs = 120_000; // older frames are never needed: a trial lasts seconds

export class FrameLog {
	#times: number[] = [];
	#handle = 0;
	#running = false;
	#waiters: ((timeMs: number) => void)[] = [];

	start(): void {
		if (this.#running) return;
		this.#running = true;
		const tick = (timeMs: number) => {
			if (!this.#running) return;
			this.#times.push(timeMs);
			if (timeMs - this.#times[0]! > keepMs) this.#times.splice(0, this.#times.length / 2);
			const waiters = this.#waiters;
			this.#waiters = [];
			for (const resolve of waiters) resolve(timeMs);
			this.#handle = requestAnimationFrame(tick);
		};
		this.#handle = requestAnimationFrame(tick);
	}

	stop(): void {
		this.#running = false;
		cancelAnimationFrame(this.#handle);
	}

	/** Resolves with the timestamp of the next frame the log records. */
	nextFrame(): Promise<number> {
		return new Promise((resolve) => this.#waiters.push(resolve));
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
