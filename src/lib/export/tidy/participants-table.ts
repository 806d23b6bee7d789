// participants.csv: one row per participant, as enrolled.
import { educationLevels } from '../../model/education-levels';
import type {
	ArmRole,
	ColourVisionMethod,
	ColourVisionResult,
	Handedness,
	ParticipantRecord,
	Sex,
	TestLanguage
} from '../../model/records';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { editColumns, identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { readVia, recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

const sexLevels = { m: 'male', f: 'female' } satisfies Record<Sex, string>;
const handednessLevels = { right: 'right', left: 'left', ambidextrous: 'ambidextrous' } satisfies Record<Handedness, string>;
const languageLevels = { en: 'English', id: 'Bahasa Indonesia' } satisfies Record<TestLanguage, string>;
const visionMethodLevels = { ishihara: 'Ishihara plates', other: 'another test', not_done: 'not done' } satisfies Record<ColourVisionMethod, string>;
const visionResultLevels = { pass: 'pass', fail: 'fail', not_done: 'not done' } satisfies Record<ColourVisionResult, string>;
const armRoleLevels = {
	intervention: 'intervention arm',
	comparator: 'comparator arm',
	healthy_control: 'healthy controls (the local-norms builder uses these)'
} satisfies Record<ArmRole, string>;

interface ParticipantRow {
	keys: RowKeys;
	participant: ParticipantRecord;
}

const ownColumns = recordColumns<ParticipantRow>([
	{ name: 'arm_id', type: 'string', description: 'Study arm id', value: (r) => r.participant.armId },
	{ name: 'arm_role', type: 'category', description: 'What the arm is for', levels: armRoleLevels, nullable: true, value: (r) => r.keys.arm?.role },
	{ name: 'sex', type: 'category', description: 'Sex', levels: sexLevels, value: (r) => r.participant.sex },
	{ name: 'birth_date', type: 'date', description: 'Date of birth (YYYY-MM-DD); empty when only the year is known', nullable: true, value: (r) => r.participant.birthDate },
	{ name: 'birth_year', type: 'integer', description: 'Year of birth when the date is not known', nullable: true, value: (r) => r.participant.birthYear },
	{ name: 'education_years', type: 'number', unit: 'years', description: 'Completed years of schooling', value: (r) => r.participant.educationYears },
	{
		name: 'education_level',
		type: 'category',
		description: 'Highest completed level of education (Indonesian system)',
		levels: Object.fromEntries(educationLevels.map((l) => [l.code, l.label])),
		value: (r) => r.participant.educationLevel
	},
	{ name: 'handedness', type: 'category', description: 'Handedness', levels: handednessLevels, value: (r) => r.participant.handedness },
	{ name: 'test_language', type: 'category', description: 'Language the tests are given in', levels: languageLevels, value: (r) => r.participant.testLanguage },
	{ name: 'colour_vision_method', type: 'category', description: 'How colour vision was screened', levels: visionMethodLevels, value: (r) => r.participant.colourVisionMethod },
	{ name: 'colour_vision_result', type: 'category', description: 'Colour-vision screening result', levels: visionResultLevels, value: (r) => r.participant.colourVisionResult },
	{ name: 'baseline_date', type: 'date', description: 'Baseline date the visit plan counts from (YYYY-MM-DD)', value: (r) => r.participant.baselineDate }
]);

export function participantsTable(index: DatasetIndex): TidyTable<ParticipantRow> {
	return {
		path: 'participants.csv',
		rowIs: 'participant',
		columns: [
			...readVia(identifierColumns('participant'), (r: ParticipantRow) => r.keys),
			...installationColumn((r: ParticipantRow) => r.participant.installationId),
			...ownColumns,
			...editColumns('When the participant was enrolled in the app', (r: ParticipantRow) => r.participant),
			...writtenAtColumn((r: ParticipantRow) => r.participant.writtenAt)
		],
		rows: index.participants.map((participant) => ({ participant, keys: index.participantKeys(participant.id) }))
	};
}
