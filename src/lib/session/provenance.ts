import type { SessionRecord } from '../model/records';
import { appCommit, appVersion } from './build-info';
import type { GuardOutcomes } from './screen-guards';

export interface DeviceCheck {
	frameIntervalMs: number;
	refreshRateHz: number;
	crossOriginIsolated: boolean;
	onsetMethod: string;
	forcedColors: boolean;
}

/** The provenance block stored with a session: which build, on what device, timed how. */
export function sessionProvenance(check: DeviceCheck, extra: Record<string, string | number | boolean | null>): SessionRecord['provenance'] {
	return {
		appVersion,
		appCommit,
		userAgent: navigator.userAgent,
		language: navigator.language,
		timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
		screenWidthPx: screen.width,
		screenHeightPx: screen.height,
		viewportWidthPx: innerWidth,
		viewportHeightPx: innerHeight,
		devicePixelRatio: devicePixelRatio,
		crossOriginIsolated: check.crossOriginIsolated,
		refreshRateHz: round(check.refreshRateHz, 3),
		frameIntervalMs: round(check.frameIntervalMs, 4),
		onsetMethod: check.onsetMethod,
		responseTimeSource: 'event.timeStamp',
		forcedColors: check.forcedColors,
		performanceTimeOrigin: performance.timeOrigin,
		...extra
	};
}

/**
 * What a resume event records: the device measured again on the reloaded page, what full screen
 * and the wake lock gave, and the page's new time origin (every timestamp after it counts from it).
 */
export function resumedDevice(check: DeviceCheck, outcomes: GuardOutcomes): Record<string, string | number | boolean | null> {
	return { ...check, fullscreen: outcomes.fullscreen, wakeLock: outcomes.wakeLock, performanceTimeOrigin: performance.timeOrigin };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
