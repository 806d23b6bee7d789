// The REDCap instruments `stroop` and `phes`, declared once (ecosystem.md §1.2): summary fields
// only, one row per participant × event. Raw values come from the tasks' declared summary
// columns, scores from the score keys scoring stores; the import CSV and the data dictionary are
// both written from this list.
import type { CellValue } from '../../model/records';
import type { ColumnSpec } from '../../tasks/task-definition';
import { paperPhesDefinition } from '../../tasks/phes/paper/definition';
import { stroopDefinition } from '../../tasks/stroop/definition';
import { scoreFlagDescriptions } from '../../scoring/flag-descriptions';
import { scoreValueKeys, stroopScoreKey, type ScoredTest } from '../../scoring/task-run-score';
import { phes6Values, phesScoreColumn, phesValues, stroopValues, valueInfo, type PhesValue, type StroopValue } from '../../scoring/value-keys';
import { scoredTests, type InstrumentResult } from './visit-results';

export type RedcapForm = ScoredTest;
export type RedcapFieldType = 'text' | 'notes' | 'yesno' | 'dropdown';
export type RedcapValidation = 'integer' | 'number' | 'date_ymd';

export interface RedcapField {
	/** ≤ 26 characters of `^[a-z][a-z0-9_]*$`, unique in the project. */
	name: string;
	form: RedcapForm;
	type: RedcapFieldType;
	label: string;
	/** Shown under the field: the unit, or how the value is coded. */
	note?: string;
	validation?: RedcapValidation;
	min?: number;
	max?: number;
	/** Code → label, for dropdowns. */
	choices?: Readonly<Record<string, string>>;
	/** Where the value comes from, for the data manager (the dictionary's annotation column). */
	source: string;
	/** The value at one visit; the record id is written by the export itself. */
	value: (result: InstrumentResult) => CellValue;
}

/** REDCap's own columns of a longitudinal, multi-site import, and each instrument's status field. */
export const redcapSystemColumns = ['redcap_event_name', 'redcap_data_access_group'] as const;
export const completeField = (form: RedcapForm) => `${form}_complete`;

const unitNotes: Readonly<Record<NonNullable<ColumnSpec['unit']>, string>> = {
	s: 'seconds',
	ms: 'milliseconds',
	count: 'count',
	px: 'CSS pixels',
	Hz: 'hertz'
};

const recordIdField: RedcapField = {
	name: 'record_id',
	form: 'stroop',
	type: 'text',
	label: 'Participant code',
	note: 'The pseudonymous participant code of the study',
	source: 'participant.code',
	value: () => null
};

/** A task's declared summary column as a field: integer and number validated, booleans yes/no, categories a dropdown. */
function summaryField(form: RedcapForm, task: string, column: ColumnSpec): RedcapField {
	const base = { name: `${form}_${column.name}`, form, label: column.description, source: `${task} summary ${column.name}`, value: (r: InstrumentResult) => r.run?.summary?.[column.name] ?? null };
	const note = column.unit ? unitNotes[column.unit] : undefined;
	switch (column.type) {
		case 'integer':
		case 'number':
			return { ...base, type: 'text', validation: column.type, note };
		case 'boolean':
			return { ...base, type: 'yesno', note };
		case 'category':
			return { ...base, type: 'dropdown', choices: column.levels ?? {}, note };
		default:
			return { ...base, type: 'text', note };
	}
}

const scoreValue = (key: string) => (r: InstrumentResult) => r.score?.values[key] ?? null;

/** The test's date, examiner, session and build: who gave it, when, with which app. */
function sessionFields(form: RedcapForm): RedcapField[] {
	return [
		{
			name: `${form}_date`,
			form,
			type: 'text',
			validation: 'date_ymd',
			label: 'Date of the test',
			note: "The visit's date; the day the session started when the visit has none",
			source: 'visit.date, else session.startedAt',
			value: (r) => r.visit.date ?? r.session.startedAt.slice(0, 10)
		},
		{ name: `${form}_examiner`, form, type: 'text', label: 'Examiner', source: 'session.examiner', value: (r) => r.session.examiner },
		{
			name: `${form}_session_id`,
			form,
			type: 'text',
			label: 'Session id (links this row to the tidy and BIDS exports)',
			source: 'session.id',
			value: (r) => r.session.id
		},
		{
			name: `${form}_app_version`,
			form,
			type: 'text',
			label: 'Version of the app that gave the test',
			source: 'session.provenance.appVersion',
			value: (r) => r.session.provenance.appVersion ?? null
		}
	];
}

/** The norm set a score used, and why it is flagged or was refused. */
function normFields(form: RedcapForm): RedcapField[] {
	return [
		{ name: `${form}_norm_set_id`, form, type: 'text', label: 'Norm set used for the score', source: 'score.normSetId', value: (r) => r.score?.normSetId ?? null },
		{
			name: `${form}_norm_set_version`,
			form,
			type: 'text',
			validation: 'integer',
			label: 'Version of the norm set',
			source: 'score.normSetVersion',
			value: (r) => r.score?.normSetVersion ?? null
		},
		{
			name: `${form}_score_flags`,
			form,
			type: 'text',
			label: 'Score flags',
			note: `Space-separated: ${Object.keys(scoreFlagDescriptions).join(', ')}`,
			source: 'score.flags',
			value: (r) => (r.score ? r.score.flags.join(' ') : null)
		},
		{
			name: `${form}_score_refusal`,
			form,
			type: 'notes',
			label: 'Why no score was given (empty when scored)',
			source: 'score.refusal',
			value: (r) => r.score?.refusal ?? null
		}
	];
}

/** Stroop values without their unit: a z or a band score is not in seconds (`stroop_total_time_z`). */
const stroopScoreName = (value: StroopValue, part: 'abnormal' | 'z' | 'score') => `stroop_${value.replace(/_s$/, '')}_${part}`;

function stroopScoreFields(): RedcapField[] {
	const perValue = stroopValues.flatMap((value): RedcapField[] => {
		const label = valueInfo[value].label;
		const source = (part: 'abnormal' | 'z' | 'score') => `stroop score ${stroopScoreKey(value, part)}`;
		return [
			{ name: stroopScoreName(value, 'abnormal'), form: 'stroop', type: 'yesno', label: `${label}: beyond the norm set's cutoff`, note: 'Cutoff norm sets only', source: source('abnormal'), value: scoreValue(stroopScoreKey(value, 'abnormal')) },
			{ name: stroopScoreName(value, 'z'), form: 'stroop', type: 'text', validation: 'number', label: `${label}: z score`, note: 'Regression norm sets only; positive is slower than expected', source: source('z'), value: scoreValue(stroopScoreKey(value, 'z')) },
			{ name: stroopScoreName(value, 'score'), form: 'stroop', type: 'text', validation: 'integer', min: -3, max: 1, label: `${label}: band score`, note: 'Regression norm sets only; −3 to +1', source: source('score'), value: scoreValue(stroopScoreKey(value, 'score')) }
		];
	});
	return [
		{ name: 'stroop_abnormal', form: 'stroop', type: 'yesno', label: 'Abnormal Stroop by the norm set', source: `stroop score ${scoreValueKeys.stroopAbnormal}`, value: scoreValue(scoreValueKeys.stroopAbnormal) },
		...perValue
	];
}

function phesScoreFields(): RedcapField[] {
	const bands = (phesValues as readonly PhesValue[]).map(
		(value): RedcapField => ({
			name: `phes_${phesScoreColumn[value]}`,
			form: 'phes',
			type: 'text',
			validation: 'integer',
			min: -3,
			max: 1,
			label: `${valueInfo[value].label}: band score`,
			note: value === 'ltt_combined' ? 'Five-value norm sets only; −3 to +1' : '−3 to +1',
			source: `phes score ${phesScoreColumn[value]}`,
			value: scoreValue(phesScoreColumn[value])
		})
	);
	return [
		...bands,
		{ name: 'phes_total', form: 'phes', type: 'text', validation: 'integer', min: -18, max: 6, label: 'PHES total: sum of the band scores', source: `phes score ${scoreValueKeys.phesTotal}`, value: scoreValue(scoreValueKeys.phesTotal) },
		{ name: 'phes_abnormal', form: 'phes', type: 'yesno', label: "Abnormal PHES: total at or below the norm set's cut-off", source: `phes score ${scoreValueKeys.phesAbnormal}`, value: scoreValue(scoreValueKeys.phesAbnormal) }
	];
}

/** The six PHES raw values as the paper entry declares them (the digital battery gathers the same six). */
const phesRawColumns = phes6Values.map((value) => {
	const column = paperPhesDefinition.summaryColumns.find((c) => c.name === value);
	if (!column) throw new Error(`The paper PHES declares no summary column ${value}`);
	return column;
});

const stroopLanguage: RedcapField = {
	name: 'stroop_language',
	form: 'stroop',
	type: 'dropdown',
	choices: { en: 'English', id: 'Bahasa Indonesia' },
	label: 'Test language (the colour words shown)',
	source: 'session.provenance.testLanguage',
	value: (r) => r.session.provenance.testLanguage ?? null
};

const phesMode: RedcapField = {
	name: 'phes_mode',
	form: 'phes',
	type: 'dropdown',
	choices: { digital: 'Digital (on the tablet or laptop)', paper: 'Paper and pencil, entered by the examiner' },
	label: 'Administration mode',
	source: 'taskRun.administration',
	value: (r) => r.run?.administration ?? null
};

/** Every field, `record_id` first, then the Stroop instrument, then the PHES instrument. */
export const redcapFields: readonly RedcapField[] = [
	recordIdField,
	...sessionFields('stroop'),
	stroopLanguage,
	...stroopDefinition.summaryColumns.map((c) => summaryField('stroop', stroopDefinition.id, c)),
	...stroopScoreFields(),
	...normFields('stroop'),
	...sessionFields('phes'),
	phesMode,
	...phesRawColumns.map((c) => summaryField('phes', 'phes_paper/phes_digital', c)),
	...phesScoreFields(),
	...normFields('phes')
];

/** The instruments, one per scored test, in the order their fields come. */
export const redcapForms: readonly RedcapForm[] = scoredTests;
