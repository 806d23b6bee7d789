// The examiner PIN is kept only as a salted PBKDF2-SHA-256 hash (Web Crypto), never as text. The
// record names its algorithm and iteration count, so a later release can raise the count and still
// check PINs set before.

export interface PinHash {
	algorithm: 'PBKDF2-SHA-256';
	iterations: number;
	/** Random per PIN, base64. */
	salt: string;
	/** The derived 256-bit key, base64. */
	hash: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about half a second on a clinic laptop. */
export const pinIterations = 600_000;
const saltBytes = 16;
const hashBits = 256;

/** A PIN is 4 to 12 digits: typed on any keyboard or touch screen, in any UI language. */
export const pinPattern = /^\d{4,12}$/;

export function isValidPin(pin: string): boolean {
	return pinPattern.test(pin);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, hashBits);
	return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. */
export async function hashPin(pin: string, iterations = pinIterations): Promise<PinHash> {
	const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
	return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)) };
}

/** Whether `pin` is the one `stored` was made from; compares every byte whatever the first difference. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
	const expected = fromBase64(stored.hash);
	const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
	let difference = expected.length ^ actual.length;
	for (let i = 0; i < expected.length; i++) difference |= expected[i]! ^ (actual[i] ?? 0);
	return difference === 0;
}

/** A stored value read back: a PinHash, or null when it is missing or not one (then the PIN must be set again). */
export function parsePinHash(value: unknown): PinHash | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const ok =
		v.algorithm === 'PBKDF2-SHA-256' &&
		typeof v.iterations === 'number' &&
		Number.isInteger(v.iterations) &&
		v.iterations > 0 &&
		typeof v.salt === 'string' &&
		typeof v.hash === 'string' &&
		v.hash.length > 0;
	return ok ? (v as unknown as PinHash) : null;
}
