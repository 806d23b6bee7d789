// The norm-set file format (clinical-spec §3): versioned data, never code. Every rule a scorer
// relies on is checked here, so a set that parses can be scored without further guards.
import { z } from 'zod';
import { normSetProblems } from './norm-set-checks';
import type { Transform } from '../transforms';
import { phesValues, stroopValues, valueInfo, type Direction, type NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';

/** The DST time limits a norm set may declare: the PHES uses 90 s, WAIS-III/IV coding 120 s. */
export const dstTimeLimitRangeS = { min: 30, max: 300 } as const;

/** Covariates every set may use; education dummies are added per set. */
export const baseCovariates = ['ageYears', 'educationYears', 'female'] as const;

// The messages a typed-in set can meet are functions, worded in the UI language when a set is
// checked (English on the command line); those naming the file format's own fields stay English.
type Words = () => string;
const mustBe = (expected: Words) => ({
	error: (issue: { input?: unknown }) => (issue.input === undefined ? m.normset_required({ what: expected() }) : m.normset_must_be({ what: expected() }))
});
const number = (what: Words) => z.number(mustBe(() => m.normset_a_number({ what: what() })));
const text = (what: Words) => z.string(mustBe(() => m.normset_text({ what: what() }))).refine((s) => s.trim() !== '', { error: () => m.normset_enter({ what: what() }) });

const rangeSchema = z
	.strictObject({ min: number(m.normset_what_minimum), max: number(m.normset_what_maximum) })
	.refine((r) => r.min <= r.max, { error: () => m.normset_error_min_above_max(), path: ['max'] });

const dummySchema = z
	.strictObject({
		minYears: number(m.normset_what_first_school_year).min(0, { error: () => m.normset_error_school_years_negative() }).optional(),
		maxYears: number(m.normset_what_last_school_year).min(0, { error: () => m.normset_error_school_years_negative() }).optional()
	})
	.refine((d) => d.minYears !== undefined || d.maxYears !== undefined, { error: () => m.normset_error_dummy_needs_range() })
	.refine((d) => d.minYears === undefined || d.maxYears === undefined || d.minYears <= d.maxYears, {
		error: () => m.normset_error_dummy_min_above_max(),
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
			error: () =>
				info.kind === 'count'
					? m.normset_error_count_transform({ value, transforms: info.transforms.join(', ') })
					: m.normset_error_transform()
		}),
		intercept: number(m.normset_what_intercept),
		coefficients: z.record(z.string(), number(m.normset_what_coefficient)),
		residualSd: number(m.normset_what_residual_sd).positive({ error: () => m.normset_error_residual_sd() }),
		direction: z.literal(info.direction, { error: `For ${value} ${worse} is worse, so direction must be '${info.direction}'.` })
	});
}

const cutoffSchema = z
	.strictObject({
		kind: z.literal('cutoff'),
		abnormalAbove: number(m.normset_what_upper_cutoff).optional(),
		abnormalBelow: number(m.normset_what_lower_cutoff).optional()
	})
	.refine((c) => c.abnormalAbove !== undefined || c.abnormalBelow !== undefined, { error: () => m.normset_error_cutoff_needs() })
	.refine((c) => c.abnormalAbove === undefined || c.abnormalBelow === undefined || c.abnormalBelow < c.abnormalAbove, {
		error: () => m.normset_error_below_above(),
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
	id: z.string(mustBe(m.normset_what_id)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: () => m.normset_error_id()
	}),
	version: z.number(mustBe(m.normset_what_version)).int({ error: () => m.normset_error_version_whole() }).min(1, { error: () => m.normset_error_version_min() }),
	name: text(m.normset_what_name),
	population: text(m.normset_what_population),
	n: z.number(mustBe(m.normset_what_sample_size)).int({ error: () => m.normset_error_sample_whole() }).min(1, { error: () => m.normset_error_sample_min() }).nullable(),
	citation: text(m.normset_what_citation),
	sourceNote: z.string(mustBe(m.normset_what_source_note)),
	administration: z.enum(['paper', 'digital', 'touch', 'any'], { error: "administration must be 'paper', 'digital', 'touch' or 'any'." }),
	covariateRanges: z.strictObject({ ageYears: rangeSchema.optional(), educationYears: rangeSchema.optional() }).optional(),
	outOfRange: z.enum(['flag', 'refuse'], { error: "outOfRange must be 'flag' or 'refuse'." }),
	educationDummies: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), dummySchema, {
		error: (issue) => (issue.code === 'invalid_key' ? m.normset_error_dummy_name() : undefined)
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
	lttErrorPenaltyS: number(m.normset_what_ltt_penalty).positive({ error: () => m.normset_error_ltt_penalty() }).optional(),
	abnormalTotalAtMost: number(m.normset_what_phes_cutoff).int({ error: () => m.normset_error_phes_cutoff() }),
	// The DST count depends on the time allowed, so a set says which limit its DST norms were made
	// with. Optional only because sets made before it was recorded lack it (their content and
	// checksum stay as they were); such a set scores no DST (dst-time-limit.ts).
	dstTimeLimitS: number(m.normset_what_dst_limit)
		.int({ error: () => m.normset_error_dst_whole() })
		.min(dstTimeLimitRangeS.min, { error: () => m.normset_error_dst_below({ min: dstTimeLimitRangeS.min }) })
		.max(dstTimeLimitRangeS.max, { error: () => m.normset_error_dst_above({ max: dstTimeLimitRangeS.max }) })
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
