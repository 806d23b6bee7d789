// The REDCap export (issue item 4; ecosystem.md §1.2): `redcap_import.csv` for the Data Import
// Tool, one row per participant × event with `record_id` first, and `redcap_data_dictionary.csv`
// to build the matching project. Both are written from the one field list in redcap-fields.ts.
import type { Dataset } from '../../model/dataset';
import type { CellValue } from '../../model/records';
import { toCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import type { ExportFile } from '../files';
import { completeField, redcapFields, redcapForms, redcapSystemColumns } from './redcap-fields';
import { redcapDictionaryCsv } from './redcap-dictionary';
import { redcapDataAccessGroup, redcapEventName } from './redcap-names';
import { visitResults, type VisitResults } from './visit-results';

const [recordIdField, ...instrumentFields] = redcapFields;

/** Each instrument with its fields, in the order the import file has them. */
const instruments = redcapForms.map((form) => ({ form, fields: instrumentFields.filter((f) => f.form === form) }));

/** The import file's columns: record_id, REDCap's event and group, then each instrument's fields and status. */
export function redcapImportHeader(): string[] {
	return [recordIdField!.name, ...redcapSystemColumns, ...instruments.flatMap(({ form, fields }) => [...fields.map((f) => f.name), completeField(form)])];
}

function importRow(row: VisitResults, eventName: string, dataAccessGroup: string): CellValue[] {
	return [
		row.participant.code,
		eventName,
		dataAccessGroup,
		...instruments.flatMap(({ form, fields }) => {
			const result = row.results[form];
			const values = fields.map((f) => (result ? f.value(result) : null));
			// 2 Complete when a run completed, 0 Incomplete when the test was started only; blank when not given.
			return [...values, result ? (result.run ? 2 : 0) : null];
		})
	];
}

export async function buildRedcapExport(dataset: Dataset, options: ExportOptions): Promise<ExportFile[]> {
	const study = dataset.study[0];
	if (!study) throw new Error('The data set holds no study, so there is nothing to export.');
	const visitNames = new Map(study.visits.map((v) => [v.id, v.name]));
	const rows = visitResults(dataset, study).map((row) =>
		importRow(row, redcapEventName(study, row.visit.studyVisitId, visitNames.get(row.visit.studyVisitId) ?? row.visit.name), redcapDataAccessGroup(study, row.participant.site))
	);
	const csv = { bom: options.bom };
	return [
		{ path: 'redcap_import.csv', data: toCsv(redcapImportHeader(), rows, csv) },
		{ path: 'redcap_data_dictionary.csv', data: redcapDictionaryCsv(redcapFields, csv) }
	];
}
