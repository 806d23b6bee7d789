// Every unit test gets a fresh, empty in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
