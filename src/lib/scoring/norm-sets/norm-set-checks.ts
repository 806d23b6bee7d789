// Rules that span several fields of a norm set; the field-level rules live in the schema.
import type { NormSetShape } from './norm-set';
import { schemeValues, type NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';

export interface NormSetProblem {
	path: (string | number)[];
	message: string;
}

const base = new Set(['ageYears', 'educationYears', 'female']);
/** PHES range per scheme: +1 … −3 per value. */
const totalRange = { phes6: { min: -18, max: 6 }, phes5: { min: -15, max: 5 } } as const;

function coefficientProblems(set: NormSetShape): NormSetProblem[] {
	const dummies = Object.keys(set.educationDummies);
	const known = [...base, ...dummies];
	const problems: NormSetProblem[] = dummies
		.filter((name) => base.has(name))
		.map((name) => ({ path: ['educationDummies', name], message: m.normset_check_dummy_builtin({ name }) }));
	for (const [value, model] of Object.entries(set.values) as [NormValue, { kind: string; coefficients?: Record<string, number> }][]) {
		for (const name of Object.keys(model?.coefficients ?? {})) {
			if (!known.includes(name)) {
				problems.push({
					path: ['values', value, 'coefficients', name],
					message: m.normset_check_unknown_covariate({ name, known: known.join(', ') })
				});
			}
		}
	}
	return problems;
}

function phesProblems(set: Extract<NormSetShape, { test: 'phes' }>): NormSetProblem[] {
	const problems: NormSetProblem[] = [];
	const expected = schemeValues(set.scheme);
	const present = Object.entries(set.values).filter(([, model]) => model !== undefined).map(([v]) => v);
	for (const v of expected.filter((v) => !present.includes(v))) {
		problems.push({ path: ['values', v], message: m.normset_check_scheme_needs({ scheme: set.scheme, value: v }) });
	}
	for (const v of present.filter((v) => !(expected as readonly string[]).includes(v))) {
		problems.push({ path: ['values', v], message: m.normset_check_not_in_scheme({ value: v, scheme: set.scheme, expected: expected.join(', ') }) });
	}
	if (set.scheme === 'phes5' && set.lttErrorPenaltyS === undefined) {
		problems.push({ path: ['lttErrorPenaltyS'], message: m.normset_check_phes5_penalty() });
	}
	if (set.scheme === 'phes6' && set.lttErrorPenaltyS !== undefined) {
		problems.push({ path: ['lttErrorPenaltyS'], message: m.normset_check_penalty_phes5_only() });
	}
	if (set.dstRescaling === 'linear' && set.dstTimeLimitS === undefined) {
		problems.push({ path: ['dstRescaling'], message: m.normset_check_rescaling_needs_limit() });
	}
	const range = totalRange[set.scheme];
	if (set.abnormalTotalAtMost < range.min || set.abnormalTotalAtMost > range.max) {
		problems.push({ path: ['abnormalTotalAtMost'], message: m.normset_check_cutoff_range({ scheme: set.scheme, min: range.min, max: range.max }) });
	}
	return problems;
}

function stroopProblems(set: Extract<NormSetShape, { test: 'stroop' }>): NormSetProblem[] {
	const problems: NormSetProblem[] = [];
	if (!Object.values(set.values).some((model) => model !== undefined)) {
		problems.push({ path: ['values'], message: m.normset_check_stroop_needs_model() });
	}
	if (set.administration === 'paper') {
		problems.push({ path: ['administration'], message: m.normset_check_stroop_digital() });
	}
	return problems;
}

/** Every cross-field problem of a set whose fields are each valid. */
export function normSetProblems(set: NormSetShape): NormSetProblem[] {
	return [...coefficientProblems(set), ...(set.test === 'phes' ? phesProblems(set) : stroopProblems(set))];
}
