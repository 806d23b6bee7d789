import { describe, it, expect } from 'vitest';
import { mulberry32 } from '../../shared/random';
import { dstGlyphIds } from './glyphs';
import {
	buildDstForms,
	digitSequence,
	dstDigits,
	dstFormById,
	dstFormSeedBase,
	dstForms,
	dstPracticeDigits,
	dstSequenceLength,
	glyphForDigit,
	sharesNoPosition,
	type DstDigit
} from './forms';

const noRepeats = (digits: readonly DstDigit[]) => digits.every((d, i) => i === 0 || d !== digits[i - 1]);

function counts(digits: readonly DstDigit[]): number[] {
	return dstDigits.map((d) => digits.filter((x) => x === d).length);
}

describe('digitSequence', () => {
	it('never repeats a digit and keeps digit counts within one of each other', () => {
		for (const seed of [1, 2, 3, 40, 500]) {
			const digits = digitSequence(mulberry32(seed), 100);
			expect(digits).toHaveLength(100);
			expect(noRepeats(digits)).toBe(true);
			const c = counts(digits);
			expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
			expect(new Set(digits.slice(0, 9)).size).toBe(9);
		}
	});

	it('is empty for length 0 and refuses bad lengths', () => {
		expect(digitSequence(mulberry32(1), 0)).toEqual([]);
		expect(() => digitSequence(mulberry32(1), -1)).toThrow(RangeError);
		expect(() => digitSequence(mulberry32(1), 2.5)).toThrow(RangeError);
	});
});

describe('dstForms', () => {
	it('has at least four forms dst-1… with distinct seeds', () => {
		expect(dstForms.length).toBeGreaterThanOrEqual(4);
		expect(dstForms.map((f) => f.id)).toEqual(dstForms.map((_, i) => `dst-${i + 1}`));
		expect(new Set(dstForms.map((f) => f.seed)).size).toBe(dstForms.length);
	});

	it('pairs each digit with one of the nine glyphs, all used once', () => {
		for (const form of dstForms) {
			expect([...form.key].sort()).toEqual([...dstGlyphIds].sort());
			expect([...form.choices].sort()).toEqual([...dstGlyphIds].sort());
			expect(glyphForDigit(form, 1)).toBe(form.key[0]);
			expect(glyphForDigit(form, 9)).toBe(form.key[8]);
		}
	});

	it('never pairs a digit with the same glyph in two forms', () => {
		for (const a of dstForms) {
			for (const b of dstForms) if (a !== b) expect(sharesNoPosition(a.key, b.key)).toBe(true);
		}
	});

	it('never puts a glyph button at its own key position', () => {
		for (const form of dstForms) expect(form.choices.every((g, i) => form.key[i] !== g)).toBe(true);
	});

	it('has long, balanced sequences without repeats', () => {
		for (const form of dstForms) {
			expect(form.sequence).toHaveLength(dstSequenceLength);
			// 120 s at 2 responses per second is still short of the end.
			expect(form.sequence.length).toBeGreaterThan(240);
			expect(noRepeats(form.sequence)).toBe(true);
			expect(counts(form.sequence)).toEqual(dstDigits.map(() => dstSequenceLength / 9));
		}
		expect(dstForms[0]!.sequence).not.toEqual(dstForms[1]!.sequence);
	});

	it('is deterministic per seed and differs between seeds', () => {
		expect(buildDstForms(4, dstFormSeedBase)).toEqual(dstForms);
		expect(buildDstForms(4, 123)).toEqual(buildDstForms(4, 123));
		expect(buildDstForms(4, 123)[0]!.key).not.toEqual(dstForms[0]!.key);
	});

	it('finds forms by id', () => {
		expect(dstFormById('dst-2')).toBe(dstForms[1]);
		expect(() => dstFormById('dst-99')).toThrow(RangeError);
	});
});

describe('dstPracticeDigits', () => {
	it('gives 10 items that cover every digit, deterministic and separate from the test', () => {
		const form = dstForms[0]!;
		const practice = dstPracticeDigits(form, 10);
		expect(practice).toHaveLength(10);
		expect(new Set(practice).size).toBe(9);
		expect(noRepeats(practice)).toBe(true);
		expect(dstPracticeDigits(form, 10)).toEqual(practice);
		expect(practice).not.toEqual(form.sequence.slice(0, 10));
	});
});
