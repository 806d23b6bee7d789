// What this laptop keeps about its examiner and its backups, in the origin's localStorage (like the
// UI language): not study data, so never in IndexedDB, a bundle or an export, and read at once, so
// the lock decides before any examiner page is drawn. Clearing one key touches no study data; the
// README's forgotten-PIN procedure removes `pinKey` only.
import { parsePinHash, type PinHash } from './pin-hash';
import { parseLockState, type LockState } from './lock-policy';
import { parseLaptopSettings, type LaptopSettings } from './laptop-settings';

export const pinKey = 'hepcog.examiner-pin';
export const lockKey = 'hepcog.examiner-lock';
export const laptopSettingsKey = 'hepcog.laptop-settings';
export const lastBackupKey = 'hepcog.last-backup';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or a store that holds nothing where there is none (or it is refused). */
export function browserStore(): KeyValueStore {
	try {
		if (globalThis.localStorage) return globalThis.localStorage;
	} catch {
		// a sandboxed or storage-blocked page: nothing is kept
	}
	return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
}

function readJson(store: KeyValueStore, key: string): unknown {
	try {
		const text = store.getItem(key);
		return text === null ? null : JSON.parse(text);
	} catch {
		return null;
	}
}

const writeJson = (store: KeyValueStore, key: string, value: unknown) => store.setItem(key, JSON.stringify(value));

export const readPinHash = (store: KeyValueStore): PinHash | null => parsePinHash(readJson(store, pinKey));
export const writePinHash = (store: KeyValueStore, hash: PinHash) => writeJson(store, pinKey, hash);
export const readLockState = (store: KeyValueStore): LockState => parseLockState(readJson(store, lockKey));
export const writeLockState = (store: KeyValueStore, state: LockState) => writeJson(store, lockKey, state);
export const readLaptopSettings = (store: KeyValueStore): LaptopSettings => parseLaptopSettings(readJson(store, laptopSettingsKey));
export const writeLaptopSettings = (store: KeyValueStore, settings: LaptopSettings) => writeJson(store, laptopSettingsKey, settings);

/** The last full backup saved on this laptop (epoch ms), or null. */
export function readLastBackupAtMs(store: KeyValueStore): number | null {
	const value = readJson(store, lastBackupKey) as { atMs?: unknown } | null;
	return typeof value?.atMs === 'number' && Number.isFinite(value.atMs) ? value.atMs : null;
}
export const writeLastBackupAtMs = (store: KeyValueStore, atMs: number) => writeJson(store, lastBackupKey, { atMs, at: new Date(atMs).toISOString() });
