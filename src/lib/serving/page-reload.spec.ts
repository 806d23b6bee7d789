import { describe, expect, it } from 'vitest';
import { isParticipantPage, shouldReloadForIsolation, type IsolationState } from './page-reload';

const notIsolated: IsolationState = { crossOriginIsolated: false, controlled: true, pathname: '/participants', alreadyReloaded: false };

describe('reloading for isolation', () => {
	it('reloads an examiner page that the worker controls but that loaded without isolation', () => {
		expect(shouldReloadForIsolation(notIsolated)).toBe(true);
	});

	it('does not reload an isolated page, an uncontrolled one, or a second time', () => {
		expect(shouldReloadForIsolation({ ...notIsolated, crossOriginIsolated: true })).toBe(false);
		expect(shouldReloadForIsolation({ ...notIsolated, controlled: false })).toBe(false);
		expect(shouldReloadForIsolation({ ...notIsolated, alreadyReloaded: true })).toBe(false);
	});

	it('never reloads a participant page, where a session may run', () => {
		expect(shouldReloadForIsolation({ ...notIsolated, pathname: '/run' })).toBe(false);
		expect(shouldReloadForIsolation({ ...notIsolated, pathname: '/phes' })).toBe(false);
	});

	it('knows participant pages from examiner pages with a similar name', () => {
		expect(isParticipantPage('/run')).toBe(true);
		expect(isParticipantPage('/phes/')).toBe(true);
		expect(isParticipantPage('/runs')).toBe(false);
		expect(isParticipantPage('/participants')).toBe(false);
	});
});
