// Rules that span several fields of a norm set; the field-level rules live in the schema.
import type { NormSetShape } from './norm-set';
import { schemeValues, type NormValue } from '../value-keys';

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
		.map((name) => ({ path: ['educationDummies', name], message: `${name} is a built-in covariate; give the dummy another name.` }));
	for (const [value, model] of Object.entries(set.values) as [NormValue, { kind: string; coefficients?: Record<string, number> }][]) {
		for (const name of Object.keys(model?.coefficients ?? {})) {
			if (!known.includes(name)) {
				problems.push({
					path: ['values', value, 'coefficients', name],
					message: `Unknown covariate '${name}'; use one of ${known.join(', ')} (education dummies must be defined in educationDummies).`
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
		problems.push({ path: ['values', v], message: `The ${set.scheme} scheme needs a model for ${v}.` });
	}
	for (const v of present.filter((v) => !(expected as readonly string[]).includes(v))) {
		problems.push({ path: ['values', v], message: `${v} is not part of the ${set.scheme} scheme (${expected.join(', ')}).` });
	}
	if (set.scheme === 'phes5' && set.lttErrorPenaltyS === undefined) {
		problems.push({ path: ['lttErrorPenaltyS'], message: 'The phes5 scheme needs lttErrorPenaltyS, the weight of one LTT error in seconds, from the source paper.' });
	}
	if (set.scheme === 'phes6' && set.lttErrorPenaltyS !== undefined) {
		problems.push({ path: ['lttErrorPenaltyS'], message: 'lttErrorPenaltyS only applies to the phes5 scheme.' });
	}
	if (set.dstRescaling === 'linear' && set.dstTimeLimitS === undefined) {
		problems.push({ path: ['dstRescaling'], message: 'A linear DST rescaling needs dstTimeLimitS, the limit the DST norms were made with.' });
	}
	const range = totalRange[set.scheme];
	if (set.abnormalTotalAtMost < range.min || set.abnormalTotalAtMost > range.max) {
		problems.push({ path: ['abnormalTotalAtMost'], message: `A ${set.scheme} total lies in ${range.min} … +${range.max}; the cutoff must too.` });
	}
	return problems;
}

function stroopProblems(set: Extract<NormSetShape, { test: 'stroop' }>): NormSetProblem[] {
	const problems: NormSetProblem[] = [];
	if (!Object.values(set.values).some((model) => model !== undefined)) {
		problems.push({ path: ['values'], message: 'A Stroop set needs a model for total_time_s, off_time_s or on_time_s.' });
	}
	if (set.administration === 'paper') {
		problems.push({ path: ['administration'], message: "The Stroop test is digital only; administration cannot be 'paper'." });
	}
	return problems;
}

/** Every cross-field problem of a set whose fields are each valid. */
export function normSetProblems(set: NormSetShape): NormSetProblem[] {
	return [...coefficientProblems(set), ...(set.test === 'phes' ? phesProblems(set) : stroopProblems(set))];
}
