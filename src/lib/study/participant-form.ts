import type { ParticipantRecord } from '../model/records';
import type { ParticipantForm } from './participant-validation';

/** An empty form for a new participant: baseline today, tested in Bahasa Indonesia. */
export function emptyParticipantForm(today: string): ParticipantForm {
	return {
		code: '',
		birthKnown: 'date',
		birthDate: '',
		birthYear: '',
		sex: '',
		educationYears: '',
		educationLevel: '',
		handedness: '',
		armId: '',
		site: '',
		testLanguage: 'id',
		colourVisionMethod: 'not_done',
		colourVisionResult: 'not_done',
		baselineDate: today
	};
}

/** The form showing a stored participant, for editing. */
export function participantToForm(p: ParticipantRecord): ParticipantForm {
	return {
		code: p.code,
		birthKnown: p.birthDate !== null ? 'date' : 'year',
		birthDate: p.birthDate ?? '',
		birthYear: p.birthYear !== null ? String(p.birthYear) : '',
		sex: p.sex,
		educationYears: String(p.educationYears),
		educationLevel: p.educationLevel,
		handedness: p.handedness,
		armId: p.armId,
		site: p.site,
		testLanguage: p.testLanguage,
		colourVisionMethod: p.colourVisionMethod,
		colourVisionResult: p.colourVisionResult,
		baselineDate: p.baselineDate
	};
}
