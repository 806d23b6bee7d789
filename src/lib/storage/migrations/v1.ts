import type { MigrationStep } from './migration-step';

/** Version 1: every store of the data model, with the indexes its repositories query. */
export const v1: MigrationStep = {
	version: 1,
	description: 'create the stores of the data model',
	apply(db) {
		db.createObjectStore('study', { keyPath: 'id' });

		const participant = db.createObjectStore('participant', { keyPath: 'id' });
		participant.createIndex('byStudy', 'studyId');
		participant.createIndex('byStudyCode', ['studyId', 'code'], { unique: true });

		db.createObjectStore('visit', { keyPath: 'id' }).createIndex('byParticipant', 'participantId');

		const session = db.createObjectStore('session', { keyPath: 'id' });
		session.createIndex('byVisit', 'visitId');
		session.createIndex('byParticipant', 'participantId');
		session.createIndex('byStatus', 'status');

		db.createObjectStore('taskRun', { keyPath: 'id' }).createIndex('bySession', 'sessionId');

		const trial = db.createObjectStore('trial', { keyPath: 'id' });
		trial.createIndex('byTaskRun', 'taskRunId');
		// One trial per position in a run: a resumed or retried write can never store it twice.
		trial.createIndex('byTaskRunSeq', ['taskRunId', 'seq'], { unique: true });
		trial.createIndex('bySession', 'sessionId');

		db.createObjectStore('event', { keyPath: 'id' }).createIndex('bySession', 'sessionId');
		db.createObjectStore('score', { keyPath: 'id' }).createIndex('byTaskRun', 'taskRunId');
		db.createObjectStore('normSet', { keyPath: 'key' }).createIndex('byNormSetId', 'normSetId');
	}
};
