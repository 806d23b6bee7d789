import { supportsElementTiming } from '../timing/onset';
import { measureRefreshRate } from '../timing/refresh-rate';
import type { DeviceCheck } from './provenance';

/** Measures what the timing depends on, before a session starts (about one second). */
export async function checkDevice(): Promise<DeviceCheck> {
	const refresh = await measureRefreshRate();
	return {
		frameIntervalMs: refresh.frameIntervalMs,
		refreshRateHz: refresh.refreshRateHz,
		crossOriginIsolated: globalThis.crossOriginIsolated === true,
		onsetMethod: supportsElementTiming() ? 'element-timing' : 'double-raf',
		forcedColors: matchMedia('(forced-colors: active)').matches
	};
}
