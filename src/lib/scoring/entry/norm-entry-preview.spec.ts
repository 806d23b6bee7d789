import { describe, expect, it } from 'vitest';
import { typedGerman } from './typed-german-form.fixture';
import { previewThresholds } from './manual-entry';
import { validateEntry } from './norm-entry-form';
import { describeSample, formatThreshold, parseSample, previewRows } from './norm-entry-preview';
import { withLocale } from '../../i18n/with-locale';

describe('preview', () => {
	it('shows the German worked example for the default sample person', () => {
		const person = parseSample({ ageYears: '50', educationYears: '12', sex: 'm' });
		expect(person).toEqual({ ok: true, person: { ageYears: 50, educationYears: 12, sex: 'm' } });
		if (!person.ok) return;
		const result = validateEntry(typedGerman());
		const preview = result.ok ? previewThresholds(result.value, person.person) : undefined;
		const rows = preview?.ok ? previewRows(preview.values) : [];
		const ncta = rows.find((r) => r.value === 'ncta_s');
		expect(ncta?.kind === 'regression' && ncta.cells.map((c) => c.text)).toEqual([expect.any(String), expect.any(String), expect.any(String), '24.2', '32.0', '42.5', '56.3']);
		const dst = rows.find((r) => r.value === 'dst_count');
		expect(dst?.kind === 'regression' && dst.cells.map((c) => c.text).slice(0, 5)).toEqual(['29.7', '34.9', '41.0', '48.2', '56.6']);
		expect(describeSample(person.person)).toBe('a man of 50 with 12 school years');
	});

	it('refuses an impossible sample person; a blank field is unknown', () => {
		expect(parseSample({ ageYears: '-3', educationYears: '12.5', sex: 'f' })).toEqual({
			ok: false,
			errors: { ageYears: 'Enter an age from 0 to 120 years.', educationYears: 'Enter a whole number.' }
		});
		expect(parseSample({ ageYears: '', educationYears: '', sex: '' })).toEqual({ ok: true, person: { ageYears: null, educationYears: null, sex: null } });
	});

	it('shows cutoffs as typed', () => {
		expect(previewRows({ total_time_s: { kind: 'cutoff', abnormalAbove: 190 } })).toEqual([
			{ value: 'total_time_s', label: 'Stroop On + Off time (s)', kind: 'cutoff', text: 'abnormal above 190' }
		]);
	});

	it('formats thresholds with a real minus and sensible decimals', () => {
		expect([24.17, 3.6549, -4, -0.001, 120].map(formatThreshold)).toEqual(['24.2', '3.65', '−4.00', '0.00', '120.0']);
	});
});

describe('the preview in Indonesian', () => {
	it('describes the sample person and words the sample errors', () => {
		withLocale('id', () => {
			expect(describeSample({ ageYears: 50, educationYears: 12, sex: 'f' })).toBe('seorang perempuan berusia 50 tahun dengan 12 tahun sekolah');
			expect(describeSample({ ageYears: null, educationYears: null, sex: null })).toBe('seseorang (jenis kelamin tidak diketahui) yang usianya tidak diketahui dengan pendidikan tidak diketahui');
			expect(parseSample({ ageYears: '150', educationYears: '40', sex: 'm' })).toEqual({
				ok: false,
				errors: { ageYears: 'Masukkan usia dari 0 sampai 120 tahun.', educationYears: 'Masukkan tahun sekolah berupa bilangan bulat dari 0 sampai 30.' }
			});
		});
	});
});
