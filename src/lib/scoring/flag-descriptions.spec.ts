import { describe, expect, it } from 'vitest';
import { scoreFlagDescriptions, scoreFlagText } from './flag-descriptions';
import { withLocale } from '../i18n/with-locale';

describe('score flag descriptions', () => {
	it('show every flag in English as the codebook says it, and in Indonesian on an Indonesian screen', () => {
		for (const [flag, description] of Object.entries(scoreFlagDescriptions)) {
			expect(scoreFlagText(flag)).toBe(description);
			const indonesian = withLocale('id', () => scoreFlagText(flag));
			expect(indonesian).not.toBe(description);
			expect(indonesian.length).toBeGreaterThan(0);
		}
		expect(withLocale('id', () => scoreFlagText('dst_rescaled'))).toMatch(/^DST diberikan dengan batas waktu/);
	});

	it('keeps the codebook English whatever the screen language', () => {
		expect(withLocale('id', () => scoreFlagDescriptions.outside_norm_range)).toBe('The participant is outside the covariate range of the norm sample');
	});

	it('shows a flag it does not know as its code', () => {
		expect(scoreFlagText('flag_from_a_newer_version')).toBe('flag_from_a_newer_version');
	});
});
