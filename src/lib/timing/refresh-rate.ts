import { medianFrameIntervalMs } from './frame-analysis';

export interface RefreshMeasurement {
	/** Median interval between animation frames. */
	frameIntervalMs: number;
	refreshRateHz: number;
	framesMeasured: number;
}

/** Measures the display's frame interval from `frames` animation frames (about a second at 60 Hz). */
export function measureRefreshRate(frames = 60): Promise<RefreshMeasurement> {
	return new Promise((resolve) => {
		const times: number[] = [];
		const tick = (timeMs: number) => {
			times.push(timeMs);
			if (times.length <= frames) return void requestAnimationFrame(tick);
			const frameIntervalMs = medianFrameIntervalMs(times)!;
			resolve({ frameIntervalMs, refreshRateHz: 1000 / frameIntervalMs, framesMeasured: times.length - 1 });
		};
		requestAnimationFrame(tick);
	});
}
