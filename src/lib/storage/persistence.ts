// Browsers may evict IndexedDB under storage pressure unless the origin's storage is persistent.

export type PersistenceStatus = 'persistent' | 'not-persistent' | 'unsupported';

/** Asks the browser to keep this origin's storage, and says whether it is now persistent. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceStatus> {
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	if (await storage.persisted()) return 'persistent';
	return (await storage.persist()) ? 'persistent' : 'not-persistent';
}
