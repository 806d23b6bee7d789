import { describe, expect, it } from 'vitest';
import { isoDateInputText } from './date-input';
import { decimalInputText, decimalSeparator } from './decimal-input';

describe('decimal input', () => {
	it('accepts a decimal comma in Indonesian', () => {
		expect(decimalInputText('12,5', 'id')).toBe('12.5');
		expect(decimalInputText(' 41,25 ', 'id')).toBe('41.25');
		expect(decimalInputText(',5', 'id')).toBe('.5');
		expect(decimalSeparator('id')).toBe(',');
	});

	it('accepts a dot in Indonesian too and leaves whole numbers alone', () => {
		expect(decimalInputText('12.5', 'id')).toBe('12.5');
		expect(decimalInputText('90', 'id')).toBe('90');
	});

	it('leaves grouped numbers and two separators for the validator to refuse', () => {
		expect(decimalInputText('1.234,5', 'id')).toBe('1.234,5');
		expect(decimalInputText('1,2,3', 'id')).toBe('1,2,3');
		expect(decimalInputText('12,5 s', 'id')).toBe('12,5 s');
	});

	it('keeps the dot only in English, where a comma groups digits', () => {
		expect(decimalInputText('12,5', 'en')).toBe('12,5');
		expect(decimalInputText(' 12.5 ', 'en')).toBe('12.5');
		expect(decimalSeparator('en')).toBe('.');
	});
});

describe('date input (YYYY-MM-DD in every language)', () => {
	it('pads a one-digit month or day', () => {
		expect(isoDateInputText(' 2026-3-5 ')).toBe('2026-03-05');
		expect(isoDateInputText('2026-11-02')).toBe('2026-11-02');
		expect(isoDateInputText('2024-2-29')).toBe('2024-02-29');
	});

	it('does not reorder a local day-first or month-first date', () => {
		expect(isoDateInputText('05/03/2026')).toBe('05/03/2026');
		expect(isoDateInputText('5-3-2026')).toBe('5-3-2026');
	});

	it('leaves an empty field empty', () => {
		expect(isoDateInputText('   ')).toBe('');
	});
});
