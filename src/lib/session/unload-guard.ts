/** Asks the browser to confirm before the page is closed or reloaded while `running()`; returns the remover. */
export function guardUnload(running: () => boolean): () => void {
	const guard = (event: BeforeUnloadEvent) => {
		if (running()) event.preventDefault();
	};
	addEventListener('beforeunload', guard);
	return () => removeEventListener('beforeunload', guard);
}
