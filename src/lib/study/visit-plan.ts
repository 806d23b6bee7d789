import type { StudyVisitPlan, Unstamped, VisitRecord } from '../model/records';
import { addDays, type IsoDate } from '../model/dates';

/** The visits a participant should have: one per study visit, dated from the baseline date. */
export function planVisits(
	plan: readonly StudyVisitPlan[],
	participantId: string,
	baselineDate: IsoDate,
	newId: () => string,
	nowIso: string
): Unstamped<VisitRecord>[] {
	return [...plan]
		.sort((a, b) => a.targetDay - b.targetDay)
		.map((planned) => ({
			id: newId(),
			participantId,
			studyVisitId: planned.id,
			name: planned.name,
			targetDate: addDays(baselineDate, planned.targetDay),
			// The baseline visit happens on the baseline date by definition.
			date: planned.targetDay === 0 ? baselineDate : null,
			createdAt: nowIso,
			updatedAt: nowIso,
			revision: 1
		}));
}

/**
 * Brings a participant's visits in line with the study plan and their baseline date: target dates
 * and names follow the plan, visits the plan gained are added. Visit ids and held dates are kept.
 */
export function syncVisits<V extends Unstamped<VisitRecord>>(
	visits: readonly V[],
	plan: readonly StudyVisitPlan[],
	participantId: string,
	baselineDate: IsoDate,
	newId: () => string,
	nowIso: string
): { changed: V[]; added: Unstamped<VisitRecord>[] } {
	const changed = visits.flatMap((visit): V[] => {
		const planned = plan.find((p) => p.id === visit.studyVisitId);
		if (!planned) return [];
		const targetDate = addDays(baselineDate, planned.targetDay);
		const date = planned.targetDay === 0 ? baselineDate : visit.date;
		if (targetDate === visit.targetDate && date === visit.date && planned.name === visit.name) return [];
		return [{ ...visit, name: planned.name, targetDate, date, updatedAt: nowIso, revision: visit.revision + 1 }];
	});
	const missing = plan.filter((p) => !visits.some((v) => v.studyVisitId === p.id));
	return { changed, added: planVisits(missing, participantId, baselineDate, newId, nowIso) };
}

export type VisitStatus = 'planned' | 'due' | 'overdue' | 'held';

/** Planned until two weeks before target, due within ±14 days, overdue after; held once dated. */
export function visitStatus(visit: Pick<VisitRecord, 'date' | 'targetDate'>, today: IsoDate): VisitStatus {
	if (visit.date !== null) return 'held';
	const windowDays = 14;
	if (today < addDays(visit.targetDate, -windowDays)) return 'planned';
	if (today <= addDays(visit.targetDate, windowDays)) return 'due';
	return 'overdue';
}
