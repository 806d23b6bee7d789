// The choices on the build page and what they become: defaults, the set's id and version, the
// options `buildLocalNormSet` is called with. Plain TS so it is tested without a browser.
import { minRowsPerCoefficient, type LocalNormOptions } from './local-norms';
import type { Transform } from '../transforms';
import { phes6Values, valueInfo } from '../value-keys';
import type { Administration, StudyArm } from '../../model/records';
import type { Phes6Value } from './local-norm-controls';
import { m } from '../../i18n/paraglide/messages.js';

export type CovariateName = 'ageYears' | 'educationYears' | 'female';

/** The covariates offered, in the order they enter the model. */
export const covariateChoices: readonly { name: CovariateName; label: string; term: string }[] = [
	{ name: 'ageYears', get label() { return m.norms_build_covariate_age(); }, get term() { return m.norms_build_term_age(); } },
	{ name: 'educationYears', get label() { return m.norms_build_covariate_education(); }, get term() { return m.norms_build_term_education_per_year(); } },
	{ name: 'female', get label() { return m.norms_build_covariate_female(); }, get term() { return m.norms_build_term_female(); } }
];

export const defaultCovariates: readonly CovariateName[] = ['ageYears', 'educationYears'];

/** ln for the times and the DST count, √ for LTT errors (often 0, where ln is undefined). */
export const defaultTransforms: Readonly<Record<Phes6Value, Transform>> = {
	ncta_s: 'ln',
	nctb_s: 'ln',
	dst_count: 'ln',
	sdt_s: 'ln',
	ltt_s: 'ln',
	ltt_errors: 'sqrt'
};

export const transformLabel: Readonly<Record<Transform, string>> = {
	get none() { return m.norms_transform_none(); },
	get ln() { return m.norms_build_transform_ln(); },
	get sqrt() { return m.norms_transform_sqrt(); },
	get lnln() { return m.norms_transform_lnln(); }
};

export const transformChoices = (value: Phes6Value): readonly Transform[] => valueInfo[value].transforms;

/** The arms declared as healthy controls (by role: names differ by study and language). */
export function defaultArmIds(arms: readonly StudyArm[]): string[] {
	return arms.filter((arm) => arm.role === 'healthy_control').map((arm) => arm.id);
}

/** Kebab-case from any text: "Studi Hati Jakarta 2026!" → "studi-hati-jakarta-2026". */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function defaultSetId(studyName: string): string {
	const s = slug(studyName);
	return s ? `local-${s}` : 'local';
}

export function defaultSetName(studyName: string, administration: Administration): string {
	return `${studyName.trim() || 'Study'} healthy controls (${administration})`;
}

/** 1, or one more than the highest version of `id` among the keys (`id@version`) already taken. */
export function nextFreeVersion(id: string, takenKeys: Iterable<string>): number {
	let highest = 0;
	for (const key of takenKeys) {
		const at = key.lastIndexOf('@');
		if (key.slice(0, at) !== id) continue;
		const version = Number(key.slice(at + 1));
		if (Number.isInteger(version)) highest = Math.max(highest, version);
	}
	return highest + 1;
}

export interface IdentityForm {
	id: string;
	version: string;
	name: string;
}
export type IdentityField = keyof IdentityForm;
export type IdentityCheck =
	| { ok: true; value: { id: string; version: number; name: string } }
	| { ok: false; errors: Partial<Record<IdentityField, string>> };

/** The id, version and name of the new set, each checked, and never a key already in use. */
export function checkIdentity(form: IdentityForm, takenKeys: ReadonlySet<string>): IdentityCheck {
	const errors: Partial<Record<IdentityField, string>> = {};
	const id = form.id.trim();
	const name = form.name.trim();
	const versionText = form.version.trim();
	if (id === '') errors.id = m.norms_build_error_id_empty();
	else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.id = m.norms_build_error_id_format();
	const version = Number(versionText);
	if (!/^\d+$/.test(versionText) || version < 1) errors.version = m.norms_build_error_version();
	else if (!errors.id && takenKeys.has(`${id}@${version}`)) {
		errors.version = m.norms_build_error_version_taken({ version, id, next: nextFreeVersion(id, takenKeys) });
	}
	if (name === '') errors.name = m.norms_build_error_name_empty();
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { id, version, name } };
}

/** Coefficients the chosen covariates cost (the intercept included) and the controls they need. */
export function controlsNeeded(covariateCount: number): { coefficients: number; controls: number } {
	const coefficients = covariateCount + 1;
	return { coefficients, controls: coefficients * minRowsPerCoefficient };
}

export interface BuildChoices {
	administration: Administration;
	covariates: readonly CovariateName[];
	transforms: Readonly<Record<Phes6Value, Transform>>;
	scatterAxis: 'ageYears' | 'educationYears';
}

/** What `buildLocalNormSet` is called with: a phes6 set, every value on the same covariates. */
export function localNormOptions(identity: { id: string; version: number; name: string }, studyName: string, choices: BuildChoices): LocalNormOptions {
	const covariates = covariateChoices.map((c) => c.name).filter((name) => choices.covariates.includes(name));
	return {
		...identity,
		study: studyName.trim() || 'this study',
		test: 'phes',
		administration: choices.administration,
		scheme: 'phes6',
		values: Object.fromEntries(phes6Values.map((v) => [v, { transform: choices.transforms[v], covariates }])),
		scatterAxis: choices.scatterAxis
	};
}

/** A fitted number with `digits` significant digits and a typographic minus: −0.0064, 4.103. */
export function formatFitted(x: number, digits = 4): string {
	if (!Number.isFinite(x)) return String(x);
	return String(Number(x.toPrecision(digits))).replace('-', '−');
}
