// Where each message of the hand-entry form goes: next to its field (by error path), or, when the
// form shows no field for it, in the summary at the top.
import type { DummyForm, NormSetFormErrors } from './manual-entry';
import { isBlankDummy, shownValues, type EntryForm } from './norm-entry-form';
import type { NormValue } from '../value-keys';

/** The element id of a field: `values.ncta_s.residualSd` → `nf-values-ncta_s-residualSd`. */
export const fieldId = (path: string) => `nf-${path.replace(/\./g, '-')}`;

export interface PlacedError {
	path: string;
	message: string;
}
/** The message for exactly this path, with the path, as a field shows it. */
export const errorAt = (errors: NormSetFormErrors, path: string): PlacedError | undefined =>
	errors[path] === undefined ? undefined : { path, message: errors[path] };

/**
 * The message next to each coefficient row. A row without covariate has its error by index; one by
 * covariate name goes to the last row with that covariate (the repeat, when listed twice).
 */
export function coefficientRowErrors(value: NormValue, rows: readonly { covariate: string }[], errors: NormSetFormErrors): (PlacedError | undefined)[] {
	const path = `values.${value}.coefficients`;
	return rows.map((row, i) => {
		const covariate = row.covariate.trim();
		const lastWithIt = rows.findLastIndex((r) => r.covariate.trim() === covariate) === i;
		return errorAt(errors, `${path}.${i}`) ?? (covariate !== '' && lastWithIt ? errorAt(errors, `${path}.${covariate}`) : undefined);
	});
}

export interface DummyRowErrors {
	name?: PlacedError;
	minYears?: PlacedError;
	maxYears?: PlacedError;
}

/** The messages next to each education-dummy row; a name used twice takes them on its last row. */
export function dummyRowErrors(rows: readonly DummyForm[], errors: NormSetFormErrors): DummyRowErrors[] {
	return rows.map((row, i) => {
		const name = row.name.trim();
		if (isBlankDummy(row) || rows.findLastIndex((r) => r.name.trim() === name) !== i) return {};
		const path = `educationDummies.${name}`;
		return { name: errorAt(errors, path), minYears: errorAt(errors, `${path}.minYears`), maxYears: errorAt(errors, `${path}.maxYears`) };
	});
}

/** Every error path the form shows next to a field; the rest go to the summary at the top. */
export function placedPaths(form: EntryForm): Set<string> {
	const paths = ['id', 'version', 'name', 'population', 'n', 'citation', 'sourceNote', 'test', 'administration', 'outOfRange'];
	for (const range of ['ageYears', 'educationYears']) paths.push(`covariateRanges.${range}.min`, `covariateRanges.${range}.max`);
	if (form.test === 'phes') paths.push('scheme', 'abnormalTotalAtMost', 'dstTimeLimitS', 'dstRescaling', ...(form.scheme === 'phes5' ? ['lttErrorPenaltyS'] : []));
	if (form.test === 'stroop') paths.push('values');
	for (const row of form.educationDummies.filter((d) => !isBlankDummy(d))) {
		const path = `educationDummies.${row.name.trim()}`;
		paths.push(path, `${path}.minYears`, `${path}.maxYears`);
	}
	for (const value of shownValues(form)) {
		const path = `values.${value}`;
		const model = form.values[value];
		paths.push(path, `${path}.kind`);
		const kind = form.test === 'phes' ? 'regression' : model.kind;
		if (kind === 'cutoff') paths.push(`${path}.abnormalAbove`, `${path}.abnormalBelow`);
		if (kind !== 'regression') continue;
		paths.push(`${path}.transform`, `${path}.intercept`, `${path}.residualSd`);
		model.coefficients.forEach((row, i) => paths.push(`${path}.coefficients.${i}`, `${path}.coefficients.${row.covariate.trim()}`));
	}
	return new Set(paths);
}

export function unplacedErrors(form: EntryForm, errors: NormSetFormErrors): PlacedError[] {
	const placed = placedPaths(form);
	return Object.entries(errors)
		.filter(([path]) => !placed.has(path))
		.map(([path, message]) => ({ path, message }));
}
