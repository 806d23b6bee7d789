import { describe, it, expect } from 'vitest';
import { assertSeed, deriveSeed, fnv1a32, mulberry32, randomInt } from './random';

describe('fnv1a32', () => {
	it('matches the published FNV-1a test vectors', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});
});

describe('mulberry32', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const first = Array.from({ length: 20 }, () => a());
		expect(Array.from({ length: 20 }, () => b())).toEqual(first);
		expect(new Set(first).size).toBe(20);
	});

	it('gives different sequences for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});

	it('stays in [0, 1) and is roughly uniform', () => {
		const rng = mulberry32(7);
		const values = Array.from({ length: 20000 }, () => rng());
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
		expect(mean).toBeGreaterThan(0.49);
		expect(mean).toBeLessThan(0.51);
	});

	it('rejects seeds that are not unsigned 32-bit integers', () => {
		expect(() => mulberry32(-1)).toThrow(RangeError);
		expect(() => mulberry32(1.5)).toThrow(RangeError);
		expect(() => assertSeed(2 ** 32)).toThrow(RangeError);
		expect(() => assertSeed(2 ** 32 - 1)).not.toThrow();
	});
});

describe('deriveSeed', () => {
	it('is deterministic and an unsigned 32-bit integer', () => {
		const seed = deriveSeed(123456, 'stroop/off/test/1');
		expect(deriveSeed(123456, 'stroop/off/test/1')).toBe(seed);
		expect(Number.isInteger(seed)).toBe(true);
		expect(seed).toBeGreaterThanOrEqual(0);
		expect(seed).toBeLessThanOrEqual(0xffffffff);
	});

	it('changes with the key and with the seed', () => {
		const keys = Array.from({ length: 200 }, (_, i) => deriveSeed(5, `run/${i}`));
		expect(new Set(keys).size).toBe(200);
		const seeds = Array.from({ length: 200 }, (_, i) => deriveSeed(i, 'run/1'));
		expect(new Set(seeds).size).toBe(200);
	});
});

describe('randomInt', () => {
	it('covers 0…count−1 and nothing else', () => {
		const rng = mulberry32(99);
		const seen = new Set(Array.from({ length: 300 }, () => randomInt(rng, 3)));
		expect([...seen].sort()).toEqual([0, 1, 2]);
		expect(randomInt(() => 0.9999999999999999, 3)).toBe(2);
	});
});
