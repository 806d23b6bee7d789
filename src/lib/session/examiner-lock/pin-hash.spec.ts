import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, parsePinHash, pinIterations, pinMatches } from './pin-hash';

// A low count keeps the test quick; the stored count is what a check uses.
const iterations = 1_000;

describe('examiner PIN hash', () => {
	it('keeps no PIN text: a salted PBKDF2-SHA-256 hash that only the same PIN matches', async () => {
		const stored = await hashPin('482916', iterations);
		expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations });
		expect(JSON.stringify(stored)).not.toContain('482916');
		expect(atob(stored.salt)).toHaveLength(16);
		expect(atob(stored.hash)).toHaveLength(32);
		expect(await pinMatches('482916', stored)).toBe(true);
		expect(await pinMatches('482917', stored)).toBe(false);
		expect(await pinMatches('48291', stored)).toBe(false);
	});

	it('salts every PIN afresh, so the same PIN never gives the same record', async () => {
		const a = await hashPin('1234', iterations);
		const b = await hashPin('1234', iterations);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
	});

	it('checks with the iteration count stored with the hash', async () => {
		const older = await hashPin('2468', 500);
		expect(await pinMatches('2468', older)).toBe(true);
		expect(pinIterations).toBeGreaterThanOrEqual(600_000);
	});

	it('takes 4 to 12 digits only', () => {
		expect(['1234', '000000', '123456789012'].every(isValidPin)).toBe(true);
		expect(['123', '1234567890123', '12a4', ' 1234', ''].some(isValidPin)).toBe(false);
	});

	it('reads back only a well-formed record', async () => {
		const stored = await hashPin('1234', iterations);
		expect(parsePinHash(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
		expect(parsePinHash(null)).toBeNull();
		expect(parsePinHash({ ...stored, algorithm: 'MD5' })).toBeNull();
		expect(parsePinHash({ ...stored, iterations: 0 })).toBeNull();
		expect(parsePinHash({ ...stored, hash: '' })).toBeNull();
	});
});
