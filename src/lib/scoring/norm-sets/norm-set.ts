// The norm-set file format (clinical-spec §3): versioned data, never code. Every rule a scorer
// relies on is checked here, so a set that parses can be scored without further guards.
import { z } from 'zod';
import { normSetProblems } from './norm-set-checks';
import type { Transform } from '../transforms';
import { phesValues, stroopValues, valueInfo, type Direction, type NormValue } from '../value-keys';

/** The DST time limits a norm set may declare: the PHES uses 90 s, WAIS-III/IV coding 120 s. */
export const dstTimeLimitRangeS = { min: 30, max: 300 } as const;

/** Covariates every set may use; education dummies are added per set. */
export const baseCovariates = ['ageYears', 'educationYears', 'female'] as const;

const mustBe = (expected: string) => ({
	error: (issue: { input?: unknown }) => (issue.input === undefined ? `Required: ${expected}.` : `Must be ${expected}.`)
});
const number = (what: string) => z.number(mustBe(`${what} (a number)`));
const text = (what: string) => z.string(mustBe(`${what} (text)`)).refine((s) => s.trim() !== '', { error: `Enter ${what}.` });

const rangeSchema = z
	.strictObject({ min: number('the minimum'), max: number('the maximum') })
	.refine((r) => r.min <= r.max, { error: 'The minimum must not be above the maximum.', path: ['max'] });

const dummySchema = z
	.strictObject({
		minYears: number('the first school year counted').min(0, { error: 'School years cannot be negative.' }).optional(),
		maxYears: number('the last school year counted').min(0, { error: 'School years cannot be negative.' }).optional()
	})
	.refine((d) => d.minYears !== undefined || d.maxYears !== undefined, { error: 'An education dummy needs minYears, maxYears or both.' })
	.refine((d) => d.minYears === undefined || d.maxYears === undefined || d.minYears <= d.maxYears, {
		error: 'minYears must not be above maxYears.',
		path: ['maxYears']
	});

function regressionSchema(value: NormValue) {
	const info = valueInfo[value];
	// A count can be 0, where ln and ln ln are undefined (value-keys.ts says which scales each takes).
	const allowed = info.transforms as readonly [Transform, ...Transform[]];
	const worse = info.direction === 'higher_worse' ? 'higher' : 'lower';
	return z.strictObject({
		kind: z.literal('regression', { error: "kind must be 'regression': PHES values are scored in SD bands." }),
		transform: z.enum(allowed, {
			error:
				info.kind === 'count'
					? `${value} is a count that can be 0, so its transform must be one of ${info.transforms.join(', ')}.`
					: 'The transform must be none, ln, sqrt or lnln.'
		}),
		intercept: number('the intercept'),
		coefficients: z.record(z.string(), number('the coefficient')),
		residualSd: number('the residual SD').positive({ error: 'The residual SD must be greater than 0.' }),
		direction: z.literal(info.direction, { error: `For ${value} ${worse} is worse, so direction must be '${info.direction}'.` })
	});
}

const cutoffSchema = z
	.strictObject({
		kind: z.literal('cutoff'),
		abnormalAbove: number('the upper cutoff').optional(),
		abnormalBelow: number('the lower cutoff').optional()
	})
	.refine((c) => c.abnormalAbove !== undefined || c.abnormalBelow !== undefined, { error: 'A cutoff needs abnormalAbove, abnormalBelow or both.' })
	.refine((c) => c.abnormalAbove === undefined || c.abnormalBelow === undefined || c.abnormalBelow < c.abnormalAbove, {
		error: 'abnormalBelow must be below abnormalAbove.',
		path: ['abnormalBelow']
	});

const kind = { error: "kind must be 'regression' or 'cutoff'." };
const phesValuesSchema = z.strictObject(Object.fromEntries(phesValues.map((v) => [v, regressionSchema(v).optional()])) as {
	[V in (typeof phesValues)[number]]: z.ZodOptional<ReturnType<typeof regressionSchema>>;
});
const stroopValueSchema = (v: NormValue) => z.discriminatedUnion('kind', [regressionSchema(v), cutoffSchema], kind);
const stroopValuesSchema = z.strictObject({
	total_time_s: stroopValueSchema('total_time_s').optional(),
	off_time_s: stroopValueSchema('off_time_s').optional(),
	on_time_s: stroopValueSchema('on_time_s').optional()
});

const commonShape = {
	format: z.literal('hepcog-norm-set', { error: "format must be 'hepcog-norm-set' (this is not a hepcog norm-set file)." }),
	formatVersion: z.literal(1, { error: 'This app reads norm sets of formatVersion 1.' }),
	id: z.string(mustBe('an id (text)')).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: "The id must be kebab-case: lowercase letters and digits joined by '-', e.g. german-h2019."
	}),
	version: z.number(mustBe('the version (a whole number)')).int({ error: 'The version must be a whole number.' }).min(1, { error: 'The version starts at 1.' }),
	name: text('a name'),
	population: text('the population'),
	n: z.number(mustBe('the sample size (a whole number, or null when unknown)')).int({ error: 'The sample size must be a whole number.' }).min(1, { error: 'The sample size is at least 1.' }).nullable(),
	citation: text('the citation'),
	sourceNote: z.string(mustBe('a source note (text, may be empty)')),
	administration: z.enum(['paper', 'digital', 'touch', 'any'], { error: "administration must be 'paper', 'digital', 'touch' or 'any'." }),
	covariateRanges: z.strictObject({ ageYears: rangeSchema.optional(), educationYears: rangeSchema.optional() }).optional(),
	outOfRange: z.enum(['flag', 'refuse'], { error: "outOfRange must be 'flag' or 'refuse'." }),
	educationDummies: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), dummySchema, {
		error: (issue) => (issue.code === 'invalid_key' ? 'A dummy name starts with a letter and has only letters, digits and _.' : undefined)
	}),
	/** SHA-256 of the canonical JSON without this field (checksum.ts); absent in sets not yet exported. */
	checksum: z.string().regex(/^[0-9a-f]{64}$/, { error: 'The checksum must be 64 lowercase hex digits.' }).optional()
};

const phesNormSetSchema = z.strictObject({
	...commonShape,
	test: z.literal('phes'),
	scheme: z.enum(['phes6', 'phes5'], { error: "scheme must be 'phes6' or 'phes5'." }),
	// phes5 merges LTT: ltt_combined = ltt_s + lttErrorPenaltyS × ltt_errors. The weight must come
	// from the source paper of the norms; it is never guessed here.
	lttErrorPenaltyS: number('the LTT error penalty in seconds').positive({ error: 'The LTT error penalty must be greater than 0 s.' }).optional(),
	abnormalTotalAtMost: number('the abnormal PHES cutoff').int({ error: 'The PHES cutoff must be a whole number.' }),
	// The DST count depends on the time allowed, so a set says which limit its DST norms were made
	// with. Optional only because sets made before it was recorded lack it (their content and
	// checksum stay as they were); such a set scores no DST (dst-time-limit.ts).
	dstTimeLimitS: number('the DST time limit in seconds')
		.int({ error: 'The DST time limit is a whole number of seconds.' })
		.min(dstTimeLimitRangeS.min, { error: `A DST time limit below ${dstTimeLimitRangeS.min} s is not plausible.` })
		.max(dstTimeLimitRangeS.max, { error: `A DST time limit above ${dstTimeLimitRangeS.max} s is not plausible.` })
		.optional(),
	// 'linear': a count given with another limit is rescaled (count × this limit / given limit) and
	// flagged; absent or 'none': such a count is not scored.
	dstRescaling: z.enum(['none', 'linear'], { error: "dstRescaling must be 'none' or 'linear'." }).optional(),
	values: phesValuesSchema
});

const stroopNormSetSchema = z.strictObject({ ...commonShape, test: z.literal('stroop'), values: stroopValuesSchema });

const normSetShapeSchema = z.discriminatedUnion('test', [phesNormSetSchema, stroopNormSetSchema], {
	error: "test must be 'phes' or 'stroop'."
});
/** A set whose fields are each valid, before the checks across fields. */
export type NormSetShape = z.infer<typeof normSetShapeSchema>;

export const normSetSchema = normSetShapeSchema.superRefine((set, ctx) => {
	for (const { path, message } of normSetProblems(set)) ctx.addIssue({ code: 'custom', path, message });
});

export type NormSet = z.infer<typeof normSetSchema>;
export type PhesNormSet = Extract<NormSet, { test: 'phes' }>;
export type StroopNormSet = Extract<NormSet, { test: 'stroop' }>;
export type NormAdministration = NormSet['administration'];
export type EducationDummy = z.infer<typeof dummySchema>;

export interface RegressionModel {
	kind: 'regression';
	transform: Transform;
	intercept: number;
	/** Keyed by covariate name: `ageYears`, `educationYears`, `female` or one of the set's dummies. */
	coefficients: Record<string, number>;
	residualSd: number;
	direction: Direction;
}
export type CutoffModel = z.infer<typeof cutoffSchema>;
export type ValueModel = RegressionModel | CutoffModel;

/** The models a set declares, in the order of the value list. */
export function valueModels(set: NormSet): [NormValue, ValueModel][] {
	const values = set.values as Partial<Record<NormValue, ValueModel>>;
	const order: readonly NormValue[] = set.test === 'phes' ? phesValues : stroopValues;
	return order.flatMap((v) => {
		const model = values[v];
		return model ? [[v, model] as [NormValue, ValueModel]] : [];
	});
}

/** One line per schema problem, naming the field: `values.ncta_s.residualSd: The residual SD must be greater than 0.` */
export function describeIssues(error: z.ZodError): string[] {
	return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the whole set)'}: ${issue.message}`);
}
