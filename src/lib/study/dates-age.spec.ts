import { describe, expect, it } from 'vitest';
import { ageYearsAt } from './age';
import { addDays, daysBetween, isIsoDate } from '../model/dates';

describe('calendar dates', () => {
	it.each([
		['2026-02-28', true],
		['2028-02-29', true],
		['2026-02-29', false],
		['2026-13-01', false],
		['26-01-01', false],
		['', false]
	])('isIsoDate(%s) is %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

	it('adds days across months, years and leap days', () => {
		expect(addDays('2026-11-02', 90)).toBe('2027-01-31');
		expect(addDays('2027-12-31', 60)).toBe('2028-02-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-11-02', '2027-08-29')).toBe(300);
	});
});

describe('age at a date', () => {
	it.each([
		['1970-06-15', '2026-06-14', 55],
		['1970-06-15', '2026-06-15', 56],
		['2000-02-29', '2017-02-28', 16],
		['2000-02-29', '2017-03-01', 17]
	])('born %s is %i… on %s', (birthDate, on, age) => expect(ageYearsAt({ birthDate, birthYear: null }, on)).toBe(age));

	it('takes a birth year as mid-year', () => {
		expect(ageYearsAt({ birthDate: null, birthYear: 1970 }, '2026-06-30')).toBe(55);
		expect(ageYearsAt({ birthDate: null, birthYear: 1970 }, '2026-07-01')).toBe(56);
	});

	it('is unknown without a birth date or year', () => {
		expect(ageYearsAt({ birthDate: null, birthYear: null }, '2026-07-01')).toBeNull();
	});
});
