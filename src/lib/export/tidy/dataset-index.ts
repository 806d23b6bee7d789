// The joins every tidy file needs, built once as maps (a lookup per row, never a search), and the
// order rows are written in: participants by code, then visits, sessions, task runs, trials by
// their place in that order, so a file reads top to bottom as the study happened.
import type { Dataset } from '../../model/dataset';
import type {
	Id,
	ParticipantRecord,
	SessionRecord,
	StudyArm,
	StudyRecord,
	StudyVisitPlan,
	TaskRunRecord,
	VisitRecord
} from '../../model/records';

/** Everything a row's identifier columns are read from; what is not known (an orphan record) is absent. */
export interface RowKeys {
	study?: StudyRecord;
	participant?: ParticipantRecord;
	arm?: StudyArm;
	visit?: VisitRecord;
	studyVisit?: StudyVisitPlan;
	session?: SessionRecord;
	taskRun?: TaskRunRecord;
}

type SortKey = readonly (string | number)[];

function compareKeys(a: SortKey, b: SortKey): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? '';
		const y = b[i] ?? '';
		if (x < y) return -1;
		if (x > y) return 1;
	}
	return 0;
}

/** `records` sorted by `key` (computed once per record). */
export function sortedBy<T>(records: readonly T[], key: (record: T) => SortKey): T[] {
	return records
		.map((record) => ({ record, key: key(record) }))
		.sort((a, b) => compareKeys(a.key, b.key))
		.map((entry) => entry.record);
}

const byId = <T extends { id: Id }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
const rankOf = <T extends { id: Id }>(sorted: readonly T[]) => new Map(sorted.map((r, i) => [r.id, i]));

export interface DatasetIndex {
	participants: ParticipantRecord[];
	visits: VisitRecord[];
	sessions: SessionRecord[];
	taskRuns: TaskRunRecord[];
	taskRunById: ReadonlyMap<Id, TaskRunRecord>;
	/** Position of a task run / session in file order; −1 for an unknown one, so orphans come first. */
	taskRunRank: (id: Id) => number;
	sessionRank: (id: Id) => number;
	participantKeys: (id: Id) => RowKeys;
	visitKeys: (id: Id) => RowKeys;
	sessionKeys: (id: Id) => RowKeys;
	taskRunKeys: (id: Id) => RowKeys;
}

/** Caches one RowKeys object per id, so a run's thousands of trials share it. */
function cached(make: (id: Id) => RowKeys): (id: Id) => RowKeys {
	const cache = new Map<Id, RowKeys>();
	return (id) => {
		let keys = cache.get(id);
		if (!keys) cache.set(id, (keys = make(id)));
		return keys;
	};
}

export function indexDataset(dataset: Dataset): DatasetIndex {
	const studyById = byId(dataset.study);
	const arms = new Map(dataset.study.flatMap((s) => s.arms.map((a) => [a.id, a] as const)));
	const studyVisits = new Map(dataset.study.flatMap((s) => s.visits.map((v) => [v.id, v] as const)));
	const participantById = byId(dataset.participant);
	const visitById = byId(dataset.visit);
	const sessionById = byId(dataset.session);
	const taskRunById = byId(dataset.taskRun);

	const participants = sortedBy(dataset.participant, (p) => [p.code, p.id]);
	const participantRank = rankOf(participants);
	const visits = sortedBy(dataset.visit, (v) => [participantRank.get(v.participantId) ?? -1, v.targetDate, v.name, v.id]);
	const visitRank = rankOf(visits);
	const sessions = sortedBy(dataset.session, (s) => [visitRank.get(s.visitId) ?? -1, s.startedAt, s.id]);
	const sessionRank = rankOf(sessions);
	const taskRuns = sortedBy(dataset.taskRun, (r) => [sessionRank.get(r.sessionId) ?? -1, r.startedAt, r.id]);
	const taskRunRank = rankOf(taskRuns);

	const participantKeys = cached((id) => {
		const participant = participantById.get(id);
		return {
			participant,
			study: participant && studyById.get(participant.studyId),
			arm: participant && arms.get(participant.armId)
		};
	});
	const visitKeys = cached((id) => {
		const visit = visitById.get(id);
		return { ...(visit ? participantKeys(visit.participantId) : {}), visit, studyVisit: visit && studyVisits.get(visit.studyVisitId) };
	});
	const sessionKeys = cached((id) => {
		const session = sessionById.get(id);
		return { ...(session ? visitKeys(session.visitId) : {}), session };
	});
	const taskRunKeys = cached((id) => {
		const taskRun = taskRunById.get(id);
		return { ...(taskRun ? sessionKeys(taskRun.sessionId) : {}), taskRun };
	});

	return {
		participants,
		visits,
		sessions,
		taskRuns,
		taskRunById,
		taskRunRank: (id) => taskRunRank.get(id) ?? -1,
		sessionRank: (id) => sessionRank.get(id) ?? -1,
		participantKeys,
		visitKeys,
		sessionKeys,
		taskRunKeys
	};
}
