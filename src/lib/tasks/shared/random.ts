// Seeded randomness so every stimulus sequence can be rebuilt from the stored seed
// (clinical-spec §1 "sequence"). Not for anything security related.

/** Returns numbers in [0, 1). */
export type Rng = () => number;

/** Seeds are stored as unsigned 32-bit integers; anything else would silently alias. */
export function assertSeed(seed: number): void {
	if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
		throw new RangeError(`Seed must be an integer in 0…4294967295, got ${seed}`);
	}
}

/** mulberry32: tiny, fast, good enough statistical quality for stimulus order. */
export function mulberry32(seed: number): Rng {
	assertSeed(seed);
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

function fnvStep(hash: number, byte: number): number {
	return Math.imul(hash ^ byte, fnvPrime) >>> 0;
}

/** FNV-1a 32-bit over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
	let hash = fnvOffset;
	for (const byte of new TextEncoder().encode(text)) hash = fnvStep(hash, byte);
	return hash;
}

/**
 * A sub-seed for one named part of a session (e.g. one run), so parts are independent of each
 * other and of the order in which they are generated. The seed's bytes are hashed before the
 * key, then a murmur3 finaliser spreads small differences over all bits.
 */
export function deriveSeed(seed: number, key: string): number {
	assertSeed(seed);
	let hash = fnvOffset;
	for (let shift = 0; shift < 32; shift += 8) hash = fnvStep(hash, (seed >>> shift) & 0xff);
	for (const byte of new TextEncoder().encode(key)) hash = fnvStep(hash, byte);
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/** A uniform integer in 0…count−1. */
export function randomInt(rng: Rng, count: number): number {
	return Math.min(count - 1, Math.floor(rng() * count));
}
