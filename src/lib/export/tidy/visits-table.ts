// visits.csv: one row per visit of a participant, planned or held.
import { daysBetween, isIsoDate } from '../../model/dates';
import type { VisitRecord } from '../../model/records';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { editColumns, identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { readVia, recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

interface VisitRow {
	keys: RowKeys;
	visit: VisitRecord;
}

const ownColumns = recordColumns<VisitRow>([
	{ name: 'study_visit_id', type: 'string', description: 'Id of the visit in the study plan (the same for every participant)', value: (r) => r.visit.studyVisitId },
	{ name: 'target_day', type: 'integer', unit: 'days', description: 'Planned day of the visit counted from baseline (baseline is day 0)', nullable: true, value: (r) => r.keys.studyVisit?.targetDay },
	{ name: 'target_date', type: 'date', description: 'Planned date (YYYY-MM-DD)', value: (r) => r.visit.targetDate },
	{ name: 'held', type: 'boolean', description: 'The visit has taken place (it has a date)', value: (r) => r.visit.date !== null },
	{ name: 'date', type: 'date', description: 'Date the visit took place (YYYY-MM-DD); empty while only planned', nullable: true, value: (r) => r.visit.date },
	{
		name: 'days_since_baseline',
		type: 'integer',
		unit: 'days',
		description: 'date − the participant’s baseline_date; empty while only planned',
		nullable: true,
		value: ({ visit, keys }) => {
			const baseline = keys.participant?.baselineDate;
			return visit.date && baseline && isIsoDate(visit.date) && isIsoDate(baseline) ? daysBetween(baseline, visit.date) : null;
		}
	}
]);

export function visitsTable(index: DatasetIndex): TidyTable<VisitRow> {
	return {
		path: 'visits.csv',
		rowIs: 'visit of a participant (planned or held)',
		columns: [
			...readVia(identifierColumns('visit'), (r: VisitRow) => r.keys),
			...installationColumn((r: VisitRow) => r.visit.installationId),
			...ownColumns,
			...editColumns('When the visit was planned in the app', (r: VisitRow) => r.visit),
			...writtenAtColumn((r: VisitRow) => r.visit.writtenAt)
		],
		rows: index.visits.map((visit) => ({ visit, keys: index.visitKeys(visit.id) }))
	};
}
