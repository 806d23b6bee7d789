// Which part of the study an export covers (issue: filters by arm, site, visit, date range and
// participants). The study and the norm sets always go with it, so the export explains itself.
import type { Dataset } from '../model/dataset';
import type { IsoDate } from '../model/dates';

export interface ExportFilter {
	armIds?: readonly string[];
	sites?: readonly string[];
	/** The study's visit ids (Baseline, Month 3…). */
	studyVisitIds?: readonly string[];
	/** Visits held on or after / on or before these days; a visit not yet held is then left out. */
	fromDate?: IsoDate | null;
	toDate?: IsoDate | null;
	participantIds?: readonly string[];
}

const allows = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);

/** The records the filter keeps: participants, their visits in range, and everything under those. */
export function filterDataset(dataset: Dataset, filter: ExportFilter): Dataset {
	const participant = dataset.participant.filter(
		(p) => allows(filter.armIds, p.armId) && allows(filter.sites, p.site) && allows(filter.participantIds, p.id)
	);
	const participantIds = new Set(participant.map((p) => p.id));
	const inRange = (date: IsoDate | null) =>
		(!filter.fromDate && !filter.toDate) || (date !== null && (!filter.fromDate || date >= filter.fromDate) && (!filter.toDate || date <= filter.toDate));
	const visit = dataset.visit.filter((v) => participantIds.has(v.participantId) && allows(filter.studyVisitIds, v.studyVisitId) && inRange(v.date));
	const visitIds = new Set(visit.map((v) => v.id));
	const session = dataset.session.filter((s) => visitIds.has(s.visitId));
	const sessionIds = new Set(session.map((s) => s.id));
	const taskRun = dataset.taskRun.filter((r) => sessionIds.has(r.sessionId));
	const taskRunIds = new Set(taskRun.map((r) => r.id));
	return {
		study: dataset.study,
		normSet: dataset.normSet,
		participant,
		visit,
		session,
		taskRun,
		trial: dataset.trial.filter((t) => taskRunIds.has(t.taskRunId)),
		event: dataset.event.filter((e) => sessionIds.has(e.sessionId)),
		score: dataset.score.filter((s) => taskRunIds.has(s.taskRunId))
	};
}
