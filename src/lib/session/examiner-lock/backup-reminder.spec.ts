import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup-reminder';
import { defaultLaptopSettings as settings } from './laptop-settings';

const day = 24 * 60 * 60 * 1000;
const now = 100 * day;

describe('backup reminder', () => {
	it('does not nag a laptop with nothing to back up', () => {
		expect(backupReminder(null, [], now, settings)).toEqual({ lastBackupAtMs: null, sessionsSinceBackup: 0, oldestUnsavedDays: null, due: false });
		expect(backupReminder(now - 30 * day, [now - 31 * day], now, settings).due).toBe(false);
	});

	it('counts only the sessions started after the last backup, and nags at the set number', () => {
		const backup = now - day;
		const starts = [now - 2 * day, now - 3_600_000, now - 1_800_000, now - 600_000, now - 60_000];
		expect(backupReminder(backup, starts, now, settings)).toMatchObject({ sessionsSinceBackup: 4, oldestUnsavedDays: 0, due: false });
		expect(backupReminder(backup, [...starts, now - 1_000], now, settings)).toMatchObject({ sessionsSinceBackup: 5, due: true });
	});

	it('nags when the oldest session not in a backup is the set number of days old', () => {
		expect(backupReminder(null, [now - 6 * day - 1], now, settings)).toMatchObject({ oldestUnsavedDays: 6, due: false });
		expect(backupReminder(null, [now - 7 * day], now, settings)).toMatchObject({ oldestUnsavedDays: 7, due: true });
		expect(backupReminder(null, [now - 7 * day], now, { ...settings, backupAfterDays: 14 }).due).toBe(false);
	});
});
