import { describe, expect, it } from 'vitest';
import { defaultStudy } from './study-defaults';
import { studyToForm, validateStudy } from './study-validation';
import { testWritten } from '../model/fixtures/installation';
import { withLocale } from '../i18n/with-locale';

let n = 0;
const study = { ...defaultStudy(() => `id-${n++}`, '2026-11-01T09:00:00.000+07:00'), ...testWritten };
const none = { armIdsInUse: new Set<string>(), visitIdsInUse: new Set<string>() };

describe('study settings validation', () => {
	it('accepts the defaults and reads sites and examiners one per line', () => {
		const result = validateStudy({ ...studyToForm(study), sites: ' RSCM Jakarta \n\nRS Fatmawati', examiners: 'dr. A' }, none);
		expect(result.ok && result.value).toMatchObject({ sites: ['RSCM Jakarta', 'RS Fatmawati'], examiners: ['dr. A'], minAgeYears: 17 });
	});

	it('needs exactly one baseline visit', () => {
		const form = studyToForm(study);
		form.visits[0]!.targetDay = '7';
		const result = validateStudy(form, none);
		expect(!result.ok && result.errors.visits).toMatch(/baseline/);
	});

	it('words its messages in the UI language when the form is checked', () => {
		const form = { ...studyToForm(study), name: ' ', minAgeYears: 'x' };
		const inIndonesian = withLocale('id', () => validateStudy(form, none));
		expect(!inIndonesian.ok && inIndonesian.errors).toMatchObject({ name: 'Masukkan nama studi.', minAgeYears: 'Usia minimum adalah bilangan bulat dalam tahun.' });
		const inEnglish = validateStudy(form, none);
		expect(!inEnglish.ok && inEnglish.errors.name).toBe('Enter the study name.');
	});

	it('refuses removing an arm or a visit in use', () => {
		const form = studyToForm(study);
		const result = validateStudy(
			{ ...form, arms: form.arms.slice(1), visits: form.visits.slice(0, 3) },
			{ armIdsInUse: new Set([study.arms[0]!.id]), visitIdsInUse: new Set([study.visits[3]!.id]) }
		);
		expect(!result.ok && result.errors).toMatchObject({ arms: expect.stringMatching(/cannot be removed/), visits: expect.stringMatching(/cannot be removed/) });
	});

	it('refuses a fractional minimum age and an empty name', () => {
		const result = validateStudy({ ...studyToForm(study), name: ' ', minAgeYears: '17.5' }, none);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['minAgeYears', 'name']);
	});

	it('takes REDCap names in REDCap\'s form, drops blanks and the names of removed visits and sites', () => {
		const form = studyToForm(study);
		const [baseline, month3, , month10] = form.visits;
		const result = validateStudy(
			{
				...form,
				visits: form.visits.slice(0, 3),
				sites: 'RSCM',
				redcapEventNames: { [baseline!.id]: ' baseline_arm_1 ', [month3!.id]: '', [month10!.id]: 'm10_arm_1' },
				redcapDataAccessGroups: { RSCM: 'rscm', Fatmawati: 'fatmawati' }
			},
			none
		);
		expect(result.ok && result.value).toMatchObject({ redcapEventNames: { [baseline!.id]: 'baseline_arm_1' }, redcapDataAccessGroups: { RSCM: 'rscm' } });
		expect(result.ok && Object.keys(result.value.redcapEventNames)).toEqual([baseline!.id]);
		const refused = validateStudy({ ...form, redcapEventNames: { [baseline!.id]: 'Baseline Arm 1' } }, none);
		expect(!refused.ok && refused.errors.redcapEventNames).toMatch(/lower-case letters/);
	});
});
