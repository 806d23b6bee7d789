// How a participant's coded fields are named on the examiner's screen, in the UI language.
// The stored codes (f, right, ishihara, sd, due, …) stay as they are: they are data.
import type { EducationLevel } from '../model/education-levels';
import type { ParticipantRecord, TestLanguage } from '../model/records';
import { m } from '../i18n/paraglide/messages.js';

type Label = () => string;

export const sexLabel: Record<ParticipantRecord['sex'], Label> = { f: m.sex_f, m: m.sex_m };

export const handednessLabel: Record<ParticipantRecord['handedness'], Label> = {
	right: m.handedness_right,
	left: m.handedness_left,
	ambidextrous: m.handedness_ambidextrous
};

export const colourVisionMethodLabel: Record<ParticipantRecord['colourVisionMethod'], Label> = {
	not_done: m.colour_vision_method_not_done,
	ishihara: m.colour_vision_method_ishihara,
	other: m.colour_vision_method_other
};

export const colourVisionResultLabel: Record<ParticipantRecord['colourVisionResult'], Label> = {
	not_done: m.colour_vision_result_not_done,
	pass: m.colour_vision_result_pass,
	fail: m.colour_vision_result_fail
};

export const educationLevelLabel: Record<EducationLevel, Label> = {
	none: m.education_level_none,
	sd: m.education_level_sd,
	smp: m.education_level_smp,
	sma: m.education_level_sma,
	d1: m.education_level_d1,
	d2: m.education_level_d2,
	d3: m.education_level_d3,
	s1: m.education_level_s1,
	s2: m.education_level_s2,
	s3: m.education_level_s3
};

/** A participant's test language, named in the UI language. */
export const testLanguageLabel: Record<TestLanguage, Label> = { id: m.common_test_language_id, en: m.common_test_language_en };

export const visitStatusLabel: Record<'planned' | 'due' | 'overdue' | 'held', Label> = {
	planned: m.visit_status_planned,
	due: m.visit_status_due,
	overdue: m.visit_status_overdue,
	held: m.visit_status_held
};
