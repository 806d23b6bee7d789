import { describe, expect, it } from 'vitest';
import { sessionFlagDescriptions, sessionFlags } from './session-flags';

describe('session flags', () => {
	it('flag a session that ran without cross-origin isolation', () => {
		expect(sessionFlags({ crossOriginIsolated: false, refreshRateHz: 60 })).toEqual(['not_cross_origin_isolated']);
	});

	it('leave an isolated session, and one that recorded no isolation (paper entry), unflagged', () => {
		expect(sessionFlags({ crossOriginIsolated: true })).toEqual([]);
		expect(sessionFlags({})).toEqual([]);
	});

	it('describe every flag they can give', () => {
		expect(Object.keys(sessionFlagDescriptions)).toEqual(['not_cross_origin_isolated']);
	});
});
