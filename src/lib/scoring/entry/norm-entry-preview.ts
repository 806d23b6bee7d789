// The threshold preview of the hand-entry form: the sample person it is computed for, and the
// table of raw thresholds at −3 … +3 SD (or the cutoffs as typed) it shows.
import type { Person } from '../covariates';
import { formatNumber, parseFormNumber } from '../form-number';
import type { ThresholdPreview } from './manual-entry';
import { sdSteps, type SdStep } from '../thresholds';
import { phesValues, stroopValues, type NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';
import { valueLabel } from '../value-labels';

export interface SampleForm {
	ageYears: string;
	educationYears: string;
	sex: string;
}
export type SampleField = keyof SampleForm;

/** The preview's default sample person: a man of 50 with 12 school years (clinical-spec §2). */
export const defaultSample = (): SampleForm => ({ ageYears: '50', educationYears: '12', sex: 'm' });

/** The sample person; a blank field is unknown (the preview then names what the set needs). */
export function parseSample(sample: SampleForm): { ok: true; person: Person } | { ok: false; errors: Partial<Record<SampleField, string>> } {
	const errors: Partial<Record<SampleField, string>> = {};
	const age = parseFormNumber(sample.ageYears);
	if (!age.ok) errors.ageYears = age.message;
	else if (age.value !== undefined && (age.value < 0 || age.value > 120)) errors.ageYears = m.norms_entry_error_age();
	const education = parseFormNumber(sample.educationYears, { integer: true });
	if (!education.ok) errors.educationYears = education.message;
	else if (education.value !== undefined && (education.value < 0 || education.value > 30)) errors.educationYears = m.norms_entry_error_education();
	if (!age.ok || !education.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const sex = sample.sex === 'm' || sample.sex === 'f' ? sample.sex : null;
	return { ok: true, person: { ageYears: age.value ?? null, educationYears: education.value ?? null, sex } };
}

/** A threshold in raw units: one decimal from 10 up, two below (24.2, 32.0, 3.65), with a real minus. */
export function formatThreshold(x: number): string {
	if (!Number.isFinite(x)) return String(x);
	const text = x.toFixed(Math.abs(x) >= 10 ? 1 : 2);
	return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

export type PreviewRow =
	| { value: NormValue; label: string; kind: 'regression'; cells: { step: SdStep; text: string }[] }
	| { value: NormValue; label: string; kind: 'cutoff'; text: string };

/** One row per value of the preview, in the order of the value list; cutoffs as typed. */
export function previewRows(values: Partial<Record<NormValue, ThresholdPreview>>): PreviewRow[] {
	return [...phesValues, ...stroopValues].flatMap((value): PreviewRow[] => {
		const preview = values[value];
		const label = valueLabel(value);
		if (!preview) return [];
		if (preview.kind === 'cutoff') {
			const parts = [
				preview.abnormalAbove !== undefined && m.norms_abnormal_above({ value: formatNumber(preview.abnormalAbove) }),
				preview.abnormalBelow !== undefined && m.norms_abnormal_below({ value: formatNumber(preview.abnormalBelow) })
			].filter(Boolean);
			return [{ value, label, kind: 'cutoff', text: parts.join('; ') }];
		}
		return [{ value, label, kind: 'regression', cells: sdSteps.map((step) => ({ step, text: formatThreshold(preview.thresholds[step]) })) }];
	});
}

/** `a man of 50 with 12 school years`, for the caption of the preview. */
export function describeSample(person: Person): string {
	const who = person.sex === 'f' ? m.norms_entry_sample_woman() : person.sex === 'm' ? m.norms_entry_sample_man() : m.norms_entry_sample_unknown_sex();
	const age = person.ageYears === null ? m.norms_entry_sample_unknown_age() : m.norms_entry_sample_age({ age: person.ageYears });
	const years = person.educationYears;
	const school = years === null ? m.norms_entry_sample_unknown_school() : years === 1 ? m.norms_entry_sample_school_one() : m.norms_entry_sample_school_many({ years });
	return m.norms_entry_sample({ who, age, school });
}
