import { describe, it, expect } from 'vitest';
import { nctaLabels, nctaPracticeLabels, nctbLabels, nctbPracticeLabels, nctLabels } from './labels';

describe('NCT labels', () => {
	it('numbers NCT-A 1 to 25', () => {
		expect(nctaLabels).toHaveLength(25);
		expect(nctaLabels[0]).toBe('1');
		expect(nctaLabels[24]).toBe('25');
		expect(nctaLabels.every((label, i) => label === String(i + 1))).toBe(true);
	});

	it('alternates NCT-B 1-A-2-B-…-L-13', () => {
		expect(nctbLabels).toHaveLength(25);
		expect(nctbLabels.slice(0, 6)).toEqual(['1', 'A', '2', 'B', '3', 'C']);
		expect(nctbLabels.slice(-3)).toEqual(['12', 'L', '13']);
		expect(nctbLabels.filter((label) => /^[A-Z]$/.test(label)).join('')).toBe('ABCDEFGHIJKL');
	});

	it('gives 8-target practice items', () => {
		expect(nctaPracticeLabels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
		expect(nctbPracticeLabels).toEqual(['1', 'A', '2', 'B', '3', 'C', '4', 'D']);
	});

	it('refuses counts it cannot label', () => {
		expect(() => nctLabels('a', 0)).toThrow(RangeError);
		expect(() => nctLabels('b', 2.5)).toThrow(RangeError);
		expect(() => nctLabels('b', 54)).toThrow(RangeError);
		expect(nctLabels('b', 53).at(-1)).toBe('27');
	});
});
