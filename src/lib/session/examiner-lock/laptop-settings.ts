// Settings of this laptop, not of the study (they never travel in a study file): how long examiner
// pages stay open without use, and when the backup reminder starts to nag.

export interface LaptopSettings {
	lockAfterIdleMin: number;
	backupAfterSessions: number;
	backupAfterDays: number;
}

export type LaptopSettingField = keyof LaptopSettings;

export const defaultLaptopSettings: LaptopSettings = { lockAfterIdleMin: 10, backupAfterSessions: 5, backupAfterDays: 7 };

/** The whole numbers each setting accepts. */
export const laptopSettingRanges: Record<LaptopSettingField, { min: number; max: number }> = {
	lockAfterIdleMin: { min: 1, max: 240 },
	backupAfterSessions: { min: 1, max: 100 },
	backupAfterDays: { min: 1, max: 90 }
};

const fields = Object.keys(laptopSettingRanges) as LaptopSettingField[];

export type LaptopSettingsForm = Record<LaptopSettingField, string>;

export const laptopSettingsToForm = (settings: LaptopSettings): LaptopSettingsForm =>
	Object.fromEntries(fields.map((field) => [field, String(settings[field])])) as LaptopSettingsForm;

const inRange = (field: LaptopSettingField, n: number) => Number.isInteger(n) && n >= laptopSettingRanges[field].min && n <= laptopSettingRanges[field].max;

/** The typed form as settings, or the fields that are not a whole number in their range. */
export function validateLaptopSettings(form: LaptopSettingsForm): { ok: true; value: LaptopSettings } | { ok: false; invalid: LaptopSettingField[] } {
	const value = { ...defaultLaptopSettings };
	const invalid: LaptopSettingField[] = [];
	for (const field of fields) {
		const text = form[field].trim();
		const n = /^\d+$/.test(text) ? Number(text) : NaN;
		if (inRange(field, n)) value[field] = n;
		else invalid.push(field);
	}
	return invalid.length ? { ok: false, invalid } : { ok: true, value };
}

/** A stored value read back; a missing or out-of-range setting takes its default. */
export function parseLaptopSettings(value: unknown): LaptopSettings {
	const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const settings = { ...defaultLaptopSettings };
	for (const field of fields) if (typeof v[field] === 'number' && inRange(field, v[field])) settings[field] = v[field];
	return settings;
}
