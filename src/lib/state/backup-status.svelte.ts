// The backup reminder in the header: when the last full backup was saved on this laptop and
// whether it is time to nag, read again whenever the examiner moves to another page.
import type { HepcogDb } from '../storage/db';
import { listSessionStartsMs } from '../storage/repos/session-repo';
import { backupReminder, type BackupReminder } from '../session/examiner-lock/backup-reminder';
import { browserStore, readLastBackupAtMs, writeLastBackupAtMs } from '../session/examiner-lock/laptop-store';
import type { LaptopSettings } from '../session/examiner-lock/laptop-settings';

class BackupStatus {
	readonly #store = browserStore();
	reminder = $state<BackupReminder | null>(null);

	async refresh(db: HepcogDb, settings: LaptopSettings): Promise<void> {
		this.reminder = backupReminder(readLastBackupAtMs(this.#store), await listSessionStartsMs(db), Date.now(), settings);
	}

	/** A full backup holding the data as read at `ofMs` was saved. */
	async saved(ofMs: number, db: HepcogDb, settings: LaptopSettings): Promise<void> {
		writeLastBackupAtMs(this.#store, ofMs);
		await this.refresh(db, settings);
	}
}

export const backupStatus = new BackupStatus();
