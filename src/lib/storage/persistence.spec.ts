import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from './persistence';

const fakeStorage = (persisted: boolean, granted: boolean) =>
	({ persisted: async () => persisted, persist: async () => granted }) as unknown as StorageManager;

describe('persistent storage request', () => {
	it('reports storage already persistent', async () => {
		expect(await requestPersistentStorage(fakeStorage(true, false))).toBe('persistent');
	});
	it('asks and reports what the browser granted', async () => {
		expect(await requestPersistentStorage(fakeStorage(false, true))).toBe('persistent');
		expect(await requestPersistentStorage(fakeStorage(false, false))).toBe('not-persistent');
	});
	it('says when the browser has no storage manager', async () => {
		expect(await requestPersistentStorage({} as StorageManager)).toBe('unsupported');
	});
});
