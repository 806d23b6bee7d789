// Participant mode locks the examiner pages: the lock is stored at once (a reload, the back button
// or another tab finds them locked), and this page knows it runs participant mode, so it keeps
// showing the task. Leaving participant mode leaves the pages locked until the PIN is typed.
import { locked } from './lock-policy';
import { browserStore, readLockState, writeLockState, type KeyValueStore } from './laptop-store';

type Listener = (active: boolean) => void;
let activeHere = 0;
const listeners = new Set<Listener>();

/** Whether participant mode runs in this page now. */
export const participantModeHere = (): boolean => activeHere > 0;

/** Called with the new value whenever participant mode starts or ends in this page; returns the remover. */
export function onParticipantModeChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => void listeners.delete(listener);
}

/** Locks the examiner pages for participant mode; returns the function that ends it here (once). */
export function lockForParticipantMode(store: KeyValueStore = browserStore()): () => void {
	writeLockState(store, locked(readLockState(store), 'participant-mode'));
	activeHere++;
	for (const listener of listeners) listener(true);
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		activeHere--;
		for (const listener of listeners) listener(participantModeHere());
	};
}
