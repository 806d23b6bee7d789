/** The record changed in storage since it was loaded (another tab, or a stale form). */
export class ConflictError extends Error {
	override name = 'ConflictError';
}

/** A record that must exist does not. */
export class NotFoundError extends Error {
	override name = 'NotFoundError';
}

/** A participant code already used in the study. */
export class DuplicateCodeError extends Error {
	override name = 'DuplicateCodeError';
}

/** Aborts a transaction, so nothing it wrote is kept, and throws `error` to the caller. */
export function abortWith(tx: { abort(): void; done: Promise<void> }, error: Error): never {
	tx.done.catch(() => undefined); // the abort itself is expected; `error` is what the caller sees
	tx.abort();
	throw error;
}

/**
 * Runs the requests of a transaction and waits for it to commit. When a request fails (say a
 * unique index refuses a duplicate) the browser aborts the whole transaction — nothing of it is
 * kept — and the request's own error is what the caller sees.
 */
export async function commit<T>(tx: { done: Promise<void> }, requests: () => Promise<T>): Promise<T> {
	try {
		const result = await requests();
		await tx.done;
		return result;
	} catch (error) {
		tx.done.catch(() => undefined);
		throw error;
	}
}
