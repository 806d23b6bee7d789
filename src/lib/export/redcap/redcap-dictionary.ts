// The REDCap data dictionary of the instruments (ecosystem.md §1.2): the CSV a data manager uploads
// to build the project so its variables match the import file. Written from `redcapFields`.
// Status fields (`stroop_complete`, …) are not listed: REDCap makes one for every instrument.
import { toCsv, type CsvOptions } from '../csv';
import type { CellValue } from '../../model/records';
import type { RedcapField } from './redcap-fields';

/** REDCap's header, exactly as its data dictionary download writes it. */
export const redcapDictionaryHeader = [
	'Variable / Field Name',
	'Form Name',
	'Section Header',
	'Field Type',
	'Field Label',
	'Choices, Calculations, OR Slider Labels',
	'Field Note',
	'Text Validation Type OR Show Slider Number',
	'Text Validation Min',
	'Text Validation Max',
	'Identifier?',
	'Branching Logic (Show field only if...)',
	'Required Field?',
	'Custom Alignment',
	'Question Number (surveys only)',
	'Matrix Group Name',
	'Matrix Ranking?',
	'Field Annotation'
] as const;

/** `code, label | code, label`, REDCap's choice list. */
const redcapChoices = (choices: Readonly<Record<string, string>>) =>
	Object.entries(choices)
		.map(([code, label]) => `${code}, ${label}`)
		.join(' | ');

const sectionHeaders: Readonly<Record<string, string>> = {
	stroop: 'Stroop (EncephalApp-style), summary of the run that counts at this visit',
	phes: 'PHES, summary of the administration that counts at this visit'
};

function dictionaryRow(field: RedcapField, sectionHeader: string | null): CellValue[] {
	return [
		field.name,
		field.form,
		sectionHeader,
		field.type,
		field.label,
		field.choices ? redcapChoices(field.choices) : null,
		field.note ?? null,
		field.validation ?? null,
		field.min ?? null,
		field.max ?? null,
		null,
		null,
		null,
		null,
		null,
		null,
		null,
		`hepcog: ${field.source}`
	];
}

/** One row per field; the first field of each instrument opens its section. */
export function redcapDictionaryCsv(fields: readonly RedcapField[], options: CsvOptions = {}): string {
	const rows = fields.map((field, index) => dictionaryRow(field, index === 0 || fields[index - 1]!.form !== field.form ? (sectionHeaders[field.form] ?? null) : null));
	return toCsv(redcapDictionaryHeader, rows, options);
}
