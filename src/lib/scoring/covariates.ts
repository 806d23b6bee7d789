// From what is known of a participant to the covariate values a norm set's regressions use.
// A needed covariate that is unknown is reported, never replaced by a default (clinical-spec §3).
import type { Sex } from '../model/records';
import { valueModels, type EducationDummy, type NormSet } from './norm-sets/norm-set';

export interface Person {
	ageYears: number | null;
	educationYears: number | null;
	sex: Sex | null;
}
export type PersonField = keyof Person;
export type CovariateValues = Record<string, number>;
export type CovariateResolution =
	| { ok: true; values: CovariateValues }
	| { ok: false; missing: PersonField[]; message: string };

/** Covariate names with a non-zero coefficient in any of the set's regressions, sorted. */
export function neededCovariates(set: NormSet): string[] {
	const names = new Set<string>();
	for (const [, model] of valueModels(set)) {
		if (model.kind !== 'regression') continue;
		for (const [name, coefficient] of Object.entries(model.coefficients)) if (coefficient !== 0) names.add(name);
	}
	return [...names].sort();
}

/** 1 when the school years fall in the dummy's inclusive range: E2 {10…12} gives 1 for 12, 0 for 13. */
export function dummyValue(dummy: EducationDummy, educationYears: number): 0 | 1 {
	const aboveMin = dummy.minYears === undefined || educationYears >= dummy.minYears;
	const belowMax = dummy.maxYears === undefined || educationYears <= dummy.maxYears;
	return aboveMin && belowMax ? 1 : 0;
}

const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

function resolveOne(
	name: string,
	person: Person,
	dummies: Readonly<Record<string, EducationDummy>>
): { value: number } | { missing: PersonField; why: string } {
	if (name === 'ageYears') return known(person.ageYears) ? { value: person.ageYears } : { missing: 'ageYears', why: 'age' };
	if (name === 'female') return person.sex !== null ? { value: person.sex === 'f' ? 1 : 0 } : { missing: 'sex', why: 'sex (for the covariate female)' };
	const years = person.educationYears;
	if (name === 'educationYears') return known(years) ? { value: years } : { missing: 'educationYears', why: 'years of education' };
	const dummy = dummies[name];
	if (dummy === undefined) throw new Error(`Covariate ${name} is not defined`);
	if (!known(years)) return { missing: 'educationYears', why: `years of education (for the covariate ${name})` };
	// Dummies are defined on whole school years; 12.5 would fall between E2 and E3 unnoticed.
	if (!Number.isInteger(years)) return { missing: 'educationYears', why: `whole school years (for the covariate ${name}; got ${years})` };
	return { value: dummyValue(dummy, years) };
}

/** The named covariates for this person (dummies computed from school years), or what is missing. */
export function resolveCovariateNames(
	person: Person,
	names: readonly string[],
	dummies: Readonly<Record<string, EducationDummy>>
): { ok: true; values: CovariateValues } | { ok: false; missing: PersonField[]; reasons: string[] } {
	const values: CovariateValues = {};
	const missing: PersonField[] = [];
	const reasons: string[] = [];
	for (const name of names) {
		const result = resolveOne(name, person, dummies);
		if ('value' in result) values[name] = result.value;
		else if (!reasons.includes(result.why)) {
			if (!missing.includes(result.missing)) missing.push(result.missing);
			reasons.push(result.why);
		}
	}
	return reasons.length > 0 ? { ok: false, missing, reasons } : { ok: true, values };
}

/** The covariates the set needs for this person, dummies computed, or what is missing. */
export function resolveCovariates(person: Person, set: NormSet): CovariateResolution {
	const result = resolveCovariateNames(person, neededCovariates(set), set.educationDummies);
	if (result.ok) return result;
	return { ok: false, missing: result.missing, message: `Cannot score with norm set ${set.id}: missing ${result.reasons.join(', ')}.` };
}

/**
 * One sentence per covariate outside the set's sample range, e.g. "age 19 years is outside the
 * norm sample's 30–80 years". Unknown values are not judged here (resolveCovariates reports them).
 */
export function outOfRangeProblems(person: Person, set: NormSet): string[] {
	const ranges = set.covariateRanges ?? {};
	const checks = [
		{ label: 'age', value: person.ageYears, range: ranges.ageYears },
		{ label: 'education', value: person.educationYears, range: ranges.educationYears }
	];
	return checks.flatMap(({ label, value, range }) =>
		range && known(value) && (value < range.min || value > range.max)
			? [`${label} ${value} years is outside the norm sample's ${range.min}–${range.max} years`]
			: []
	);
}
