// The backup reminder: when the last full backup (the whole-study JSON bundle) was saved, how many
// sessions were recorded since, and whether it is time to nag — after the set number of sessions,
// or when the oldest session not in any backup is the set number of days old.
import type { LaptopSettings } from './laptop-settings';

export interface BackupReminder {
	/** The last full backup (epoch ms), null when none was saved on this laptop. */
	lastBackupAtMs: number | null;
	sessionsSinceBackup: number;
	/** Whole days the oldest session not in a backup has waited; null when there is none. */
	oldestUnsavedDays: number | null;
	due: boolean;
}

const dayMs = 24 * 60 * 60 * 1000;

/** `sessionStartsMs`: when each stored session started (epoch ms). */
export function backupReminder(lastBackupAtMs: number | null, sessionStartsMs: readonly number[], nowMs: number, settings: LaptopSettings): BackupReminder {
	const unsaved = sessionStartsMs.filter((startMs) => lastBackupAtMs === null || startMs > lastBackupAtMs);
	const oldestUnsavedDays = unsaved.length ? Math.floor((nowMs - Math.min(...unsaved)) / dayMs) : null;
	const due = unsaved.length >= settings.backupAfterSessions || (oldestUnsavedDays !== null && oldestUnsavedDays >= settings.backupAfterDays);
	return { lastBackupAtMs, sessionsSinceBackup: unsaved.length, oldestUnsavedDays, due };
}
