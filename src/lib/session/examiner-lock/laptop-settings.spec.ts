import { describe, expect, it } from 'vitest';
import { defaultLaptopSettings, laptopSettingsToForm, parseLaptopSettings, validateLaptopSettings } from './laptop-settings';

describe('laptop settings', () => {
	it('lock after 10 minutes and remind after 5 sessions or 7 days unless set otherwise', () => {
		expect(defaultLaptopSettings).toEqual({ lockAfterIdleMin: 10, backupAfterSessions: 5, backupAfterDays: 7 });
		expect(parseLaptopSettings(null)).toEqual(defaultLaptopSettings);
		expect(parseLaptopSettings({ lockAfterIdleMin: 3, backupAfterDays: 0 })).toEqual({ ...defaultLaptopSettings, lockAfterIdleMin: 3 });
	});

	it('accept whole numbers in range and name every other field', () => {
		const form = laptopSettingsToForm(defaultLaptopSettings);
		expect(validateLaptopSettings({ ...form, lockAfterIdleMin: ' 30 ' })).toEqual({ ok: true, value: { ...defaultLaptopSettings, lockAfterIdleMin: 30 } });
		expect(validateLaptopSettings({ lockAfterIdleMin: '0', backupAfterSessions: '2,5', backupAfterDays: '91' })).toEqual({
			ok: false,
			invalid: ['lockAfterIdleMin', 'backupAfterSessions', 'backupAfterDays']
		});
	});
});
