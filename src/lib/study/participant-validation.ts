import { z } from 'zod';
import type { NewParticipant } from '../model/records';
import type { StudyRecord } from '../model/records';
import { ageYearsAt } from './age';
import { isIsoDate, type IsoDate } from '../model/dates';
import { educationLevelCodes } from '../model/education-levels';
import { m } from '../i18n/paraglide/messages.js';

/** The participant form as typed: every field a string, as inputs give them. */
export interface ParticipantForm {
	code: string;
	birthKnown: 'date' | 'year';
	birthDate: string;
	birthYear: string;
	sex: string;
	educationYears: string;
	educationLevel: string;
	handedness: string;
	armId: string;
	site: string;
	testLanguage: string;
	colourVisionMethod: string;
	colourVisionResult: string;
	baselineDate: string;
}

export type ParticipantField = keyof ParticipantForm;
export type FieldErrors<F extends string> = Partial<Record<F, string>>;
export type Validation<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export interface ParticipantContext {
	study: StudyRecord;
	today: IsoDate;
	/** Codes of the study's other participants (not the one being edited). */
	takenCodes: ReadonlySet<string>;
}

const codePattern = /^[A-Za-z0-9_-]+$/;
const choose = (message: () => string) => ({ error: () => message() });

function schemaFor({ study, takenCodes }: ParticipantContext) {
	const date = (empty: () => string, invalid: () => string) => z.string().trim().min(1, { error: () => empty() }).refine(isIsoDate, { error: () => invalid() });
	return z
		.object({
			code: z
				.string()
				.trim()
				.min(1, { error: () => m.participant_error_code_empty() })
				.max(40, { error: () => m.participant_error_code_long() })
				.regex(codePattern, { error: () => m.participant_error_code_chars() })
				.refine((code) => !takenCodes.has(code), { error: () => m.participant_error_code_taken() }),
			birthKnown: z.enum(['date', 'year']),
			sex: z.enum(['m', 'f'], choose(m.participant_error_choose_sex)),
			educationYears: z
				.string()
				.trim()
				.regex(/^\d+$/, { error: () => m.participant_error_education_years() })
				.transform(Number)
				.refine((years) => years <= 30, { error: () => m.participant_error_education_years() }),
			educationLevel: z.enum(educationLevelCodes, choose(m.participant_error_choose_education_level)),
			handedness: z.enum(['right', 'left', 'ambidextrous'], choose(m.participant_error_choose_handedness)),
			armId: z.enum(study.arms.map((arm) => arm.id) as [string, ...string[]], choose(m.participant_error_choose_arm)),
			site: study.sites.length > 0 ? z.enum(study.sites as [string, ...string[]], choose(m.participant_error_choose_site)) : z.string().trim(),
			testLanguage: z.enum(['en', 'id'], choose(m.participant_error_choose_test_language)),
			colourVisionMethod: z.enum(['ishihara', 'other', 'not_done'], choose(m.participant_error_choose_colour_method)),
			colourVisionResult: z.enum(['pass', 'fail', 'not_done'], choose(m.participant_error_choose_colour_result)),
			baselineDate: date(m.participant_error_baseline_empty, m.participant_error_baseline_invalid)
		});
}

type Birth = { birthDate: IsoDate | null; birthYear: number | null };

function birthOf(
	form: Pick<ParticipantForm, 'birthKnown' | 'birthDate' | 'birthYear'>,
	today: IsoDate,
	fail: (field: ParticipantField, message: string) => void
): Birth | null {
	if (form.birthKnown === 'date') {
		const birthDate = form.birthDate.trim();
		if (!isIsoDate(birthDate)) return fail('birthDate', m.participant_error_birth_date_invalid()), null;
		if (birthDate > today) return fail('birthDate', m.participant_error_birth_date_future()), null;
		return { birthDate, birthYear: null };
	}
	const yearText = form.birthYear.trim();
	const year = Number(yearText);
	if (!/^\d{4}$/.test(yearText)) return fail('birthYear', m.participant_error_birth_year_digits()), null;
	if (year > Number(today.slice(0, 4))) return fail('birthYear', m.participant_error_birth_year_future()), null;
	if (year < 1900) return fail('birthYear', m.participant_error_birth_year_early()), null;
	return { birthDate: null, birthYear: year };
}

/** Checks that need several fields: birth (date or year), age at baseline, colour vision. */
function crossFieldErrors(form: ParticipantForm, { study, today }: ParticipantContext): FieldErrors<ParticipantField> {
	const errors: FieldErrors<ParticipantField> = {};
	const fail = (field: ParticipantField, message: string) => void (errors[field] ??= message);
	const birth = birthOf(form, today, fail);
	const age = birth && isIsoDate(form.baselineDate) ? ageYearsAt(birth, form.baselineDate) : null;
	if (age !== null && age < study.minAgeYears) {
		fail(form.birthKnown === 'date' ? 'birthDate' : 'birthYear', m.participant_error_below_min_age({ age, min: study.minAgeYears }));
	}
	if (birth?.birthDate && isIsoDate(form.baselineDate) && form.baselineDate < birth.birthDate) {
		fail('baselineDate', m.participant_error_baseline_before_birth());
	}
	if (form.colourVisionMethod === 'not_done' && form.colourVisionResult !== 'not_done') {
		fail('colourVisionResult', m.participant_error_result_needs_method());
	}
	return errors;
}

/** Checks a participant form against the study; every problem is reported against its field. */
export function validateParticipant(form: ParticipantForm, context: ParticipantContext): Validation<NewParticipant, ParticipantField> {
	const parsed = schemaFor(context).safeParse(form);
	const errors = crossFieldErrors(form, context);
	for (const issue of parsed.success ? [] : parsed.error.issues) {
		const field = issue.path[0] as ParticipantField;
		errors[field] ??= issue.message;
	}
	if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
	const f = { ...parsed.data, birthDate: form.birthDate.trim(), birthYear: form.birthYear.trim() };
	const birthDate = f.birthKnown === 'date' ? f.birthDate : null;
	return {
		ok: true,
		value: {
			code: f.code,
			birthDate,
			birthYear: birthDate === null ? Number(f.birthYear) : null,
			sex: f.sex,
			educationYears: f.educationYears,
			educationLevel: f.educationLevel,
			handedness: f.handedness,
			armId: f.armId,
			site: f.site,
			testLanguage: f.testLanguage,
			colourVisionMethod: f.colourVisionMethod,
			colourVisionResult: f.colourVisionResult,
			baselineDate: f.baselineDate
		}
	};
}
