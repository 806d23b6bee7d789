import { openHepcogDb, type HepcogDb } from '../storage/db';
import { requestPersistentStorage, type PersistenceStatus } from '../storage/persistence';
import type { StudyRecord } from '../model/records';
import { ensureStudy } from '../storage/repos/study-repo';
import { liveSessionIds } from '../session/session-lock';
import { markInterruptedSessions } from '../session/stale-sessions';
import { m } from '../i18n/paraglide/messages.js';

export type DatabaseStatus = 'opening' | 'ready' | 'unavailable' | 'blocked' | 'replaced';

/** The app's one database connection and the study it holds, shared by every page. */
class AppDatabase {
	status = $state<DatabaseStatus>('opening');
	problem = $state('');
	persistence = $state<PersistenceStatus | 'checking'>('checking');
	study = $state<StudyRecord | null>(null);
	#db: HepcogDb | null = null;

	get db(): HepcogDb {
		if (!this.#db) throw new Error('The database is not open.');
		return this.#db;
	}

	/** Reads the study again, after an import brought a new study or changed its settings. */
	async reloadStudy(): Promise<void> {
		this.study = await ensureStudy(this.db);
	}

	async open(): Promise<void> {
		try {
			this.#db = await openHepcogDb({
				onBlocked: () => {
					this.status = 'blocked';
				},
				onVersionChange: () => {
					this.#db = null;
					this.status = 'replaced';
				},
				onTerminated: () => {
					this.#db = null;
					this.status = 'unavailable';
					this.problem = m.storage_closed_by_browser();
				}
			});
			this.study = await ensureStudy(this.#db);
			await markInterruptedSessions(this.#db, await liveSessionIds());
			this.status = 'ready';
		} catch (error) {
			this.status = 'unavailable';
			this.problem = error instanceof Error ? error.message : String(error);
			return;
		}
		this.persistence = await requestPersistentStorage().catch(() => 'unsupported' as const);
	}
}

export const appDatabase = new AppDatabase();
