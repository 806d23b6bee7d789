import { describe, expect, it } from 'vitest';
import { defaultStudy } from './study-defaults';
import { validateParticipant, type ParticipantForm } from './participant-validation';
import { testWritten } from '../model/fixtures/installation';
import { withLocale } from '../i18n/with-locale';

let n = 0;
const study = { ...defaultStudy(() => `id-${n++}`, '2026-11-01T09:00:00.000+07:00'), ...testWritten };
const context = { study, today: '2026-11-26', takenCodes: new Set(['JKT-001']) };
const good: ParticipantForm = {
	code: 'JKT-002',
	birthKnown: 'date',
	birthDate: '1965-05-20',
	birthYear: '',
	sex: 'f',
	educationYears: '9',
	educationLevel: 'smp',
	handedness: 'right',
	armId: study.arms[1]!.id,
	site: '',
	testLanguage: 'id',
	colourVisionMethod: 'ishihara',
	colourVisionResult: 'pass',
	baselineDate: '2026-11-20'
};

describe('participant validation', () => {
	it('accepts a complete form and types its values', () => {
		const result = validateParticipant(good, context);
		expect(result).toEqual({
			ok: true,
			value: expect.objectContaining({ code: 'JKT-002', birthDate: '1965-05-20', birthYear: null, educationYears: 9 })
		});
	});

	it('accepts a birth year when the date is unknown', () => {
		const result = validateParticipant({ ...good, birthKnown: 'year', birthDate: '', birthYear: '1960' }, context);
		expect(result.ok && result.value).toMatchObject({ birthDate: null, birthYear: 1960 });
	});

	it.each<[string, Partial<ParticipantForm>, keyof ParticipantForm, RegExp]>([
		['an empty code', { code: '  ' }, 'code', /Enter a participant code/],
		['a duplicate code', { code: 'JKT-001' }, 'code', /already used/],
		['markup in the code', { code: '<img src=x onerror=alert(1)>' }, 'code', /only letters, digits/],
		['a space in the code', { code: 'JKT 3' }, 'code', /only letters, digits/],
		['a birth date in the future', { birthDate: '2027-01-01' }, 'birthDate', /future/],
		['an impossible birth date', { birthDate: '1965-02-30' }, 'birthDate', /real date/],
		['a birth year in the future', { birthKnown: 'year', birthYear: '2030' }, 'birthYear', /future/],
		['an age below the minimum', { birthDate: '2010-01-01' }, 'birthDate', /below the study minimum of 17/],
		['education above 30 years', { educationYears: '31' }, 'educationYears', /0 to 30/],
		['negative education', { educationYears: '-1' }, 'educationYears', /0 to 30/],
		['fractional education', { educationYears: '9.5' }, 'educationYears', /whole number/],
		['no arm', { armId: '' }, 'armId', /study arm/],
		['no sex', { sex: '' }, 'sex', /sex/],
		['no baseline date', { baselineDate: '' }, 'baselineDate', /baseline date/],
		['a result without a screening', { colourVisionMethod: 'not_done', colourVisionResult: 'fail' }, 'colourVisionResult', /method/]
	])('refuses %s against its field', (_what, change, field, message) => {
		const result = validateParticipant({ ...good, ...change }, context);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors[field]).toMatch(message);
	});

	it('reports every bad field at once', () => {
		const result = validateParticipant({ ...good, code: '', educationYears: '40', birthDate: '2030-01-01' }, context);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['birthDate', 'code', 'educationYears']);
	});

	it('words its messages in the UI language', () => {
		const form = { ...good, code: 'JKT-001', sex: '', birthDate: '2030-01-01' };
		const result = withLocale('id', () => validateParticipant(form, context));
		expect(!result.ok && result.errors).toMatchObject({
			code: 'Kode ini sudah dipakai dalam studi ini.',
			sex: 'Pilih jenis kelamin.',
			birthDate: 'Tanggal lahir tidak boleh di masa depan.'
		});
	});
});
