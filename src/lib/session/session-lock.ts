// A running session holds a Web Lock named after it for as long as its page lives. The browser
// releases the lock when the tab is closed, reloaded or crashes, so "in progress without a held
// lock" means the session was interrupted.

const lockName = (sessionId: string) => `hepcog-session-${sessionId}`;

/** Holds the session's lock until the returned function is called (or the page goes away). */
export async function holdSessionLock(sessionId: string): Promise<() => void> {
	const locks = globalThis.navigator?.locks;
	if (!locks) return () => undefined;
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await new Promise<void>((acquired) => {
		void locks.request(lockName(sessionId), () => {
			acquired();
			return held;
		});
	});
	return release;
}

/** Ids of the sessions whose page is running now, in any tab. */
export async function liveSessionIds(): Promise<Set<string>> {
	const locks = globalThis.navigator?.locks;
	if (!locks) return new Set();
	const { held = [] } = await locks.query();
	const prefix = lockName('');
	return new Set(held.flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : [])));
}
