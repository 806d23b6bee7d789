import { z } from 'zod';
import { armRoles, type ArmRole, type StudyRecord, type Written } from '../model/records';
import type { FieldErrors, Validation } from './participant-validation';

/** The settings form: lists as edited rows, sites and examiners one per line. */
export interface StudyForm {
	name: string;
	visits: { id: string; name: string; targetDay: string }[];
	arms: { id: string; name: string; role: ArmRole }[];
	sites: string;
	examiners: string;
	minAgeYears: string;
	/** `id@version` of the norm sets used for new scores; '' for none. */
	phesNormSetKey: string;
	stroopNormSetKey: string;
	/** REDCap unique event name per study visit id, data access group per site; '' derives one. */
	redcapEventNames: Record<string, string>;
	redcapDataAccessGroups: Record<string, string>;
}

export type StudyField =
	| 'name'
	| 'visits'
	| 'arms'
	| 'sites'
	| 'examiners'
	| 'minAgeYears'
	| 'phesNormSetKey'
	| 'stroopNormSetKey'
	| 'redcapEventNames'
	| 'redcapDataAccessGroups';

export interface StudyContext {
	/** Arms and visits that stored records refer to: they cannot be removed. */
	armIdsInUse: ReadonlySet<string>;
	visitIdsInUse: ReadonlySet<string>;
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const unique = (values: string[]) => new Set(values.map((v) => v.toLowerCase())).size === values.length;

/** REDCap's unique names: lower-case letters, digits and underscores, starting with a letter; blanks dropped. */
const redcapNames = (what: string) =>
	z
		.record(z.string(), z.string().trim())
		.transform((names) => Object.fromEntries(Object.entries(names).filter(([, name]) => name !== '')))
		.refine((names) => Object.values(names).every((name) => /^[a-z][a-z0-9_]*$/.test(name)), {
			error: `${what} use lower-case letters, digits and underscores only, starting with a letter.`
		});

const schema = z.object({
	name: z.string().trim().min(1, { error: 'Enter the study name.' }),
	visits: z
		.array(
			z.object({
				id: z.string(),
				name: z.string().trim().min(1, { error: 'Every visit needs a name.' }),
				targetDay: z.string().trim().regex(/^\d+$/, { error: 'Target days are whole days from baseline (0 or more).' }).transform(Number)
			})
		)
		.min(1, { error: 'The study needs at least one visit.' })
		.refine((visits) => visits.filter((v) => v.targetDay === 0).length === 1, { error: 'Exactly one visit must be the baseline (day 0).' })
		.refine((visits) => unique(visits.map((v) => v.name)), { error: 'Visit names must differ.' }),
	arms: z
		.array(
			z.object({
				id: z.string(),
				name: z.string().trim().min(1, { error: 'Every arm needs a name.' }),
				role: z.enum(armRoles, { error: 'Every arm needs a role: intervention, comparator or healthy control.' })
			})
		)
		.min(1, { error: 'The study needs at least one arm.' })
		.refine((arms) => unique(arms.map((a) => a.name)), { error: 'Arm names must differ.' }),
	sites: z.string().transform(lines).refine(unique, { error: 'Site names must differ.' }),
	examiners: z.string().transform(lines).refine(unique, { error: 'Examiner names must differ.' }),
	minAgeYears: z.string().trim().regex(/^\d+$/, { error: 'The minimum age is a whole number of years.' }).transform(Number),
	phesNormSetKey: z.string().transform((key) => key || null),
	stroopNormSetKey: z.string().transform((key) => key || null),
	redcapEventNames: redcapNames('REDCap event names'),
	redcapDataAccessGroups: redcapNames('REDCap data access groups')
});

/** Checks edited settings; arms or visits that records use cannot be removed. */
export function validateStudy(form: StudyForm, context: StudyContext): Validation<Omit<StudyRecord, 'id' | 'createdAt' | 'updatedAt' | 'revision' | keyof Written>, StudyField> {
	const parsed = schema.safeParse(form);
	const errors: FieldErrors<StudyField> = {};
	for (const issue of parsed.success ? [] : parsed.error.issues) errors[issue.path[0] as StudyField] ??= issue.message;
	const keptArms = new Set(form.arms.map((a) => a.id));
	const keptVisits = new Set(form.visits.map((v) => v.id));
	if ([...context.armIdsInUse].some((id) => !keptArms.has(id))) errors.arms ??= 'An arm that participants belong to cannot be removed.';
	if ([...context.visitIdsInUse].some((id) => !keptVisits.has(id))) errors.visits ??= 'A visit that participants already have cannot be removed.';
	if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
	const { redcapEventNames, redcapDataAccessGroups, sites } = parsed.data;
	// A name kept for a visit or site that was removed would only linger unseen.
	return {
		ok: true,
		value: { ...parsed.data, redcapEventNames: only(redcapEventNames, keptVisits), redcapDataAccessGroups: only(redcapDataAccessGroups, new Set(sites)) }
	};
}

const only = (names: Record<string, string>, keys: ReadonlySet<string>) => Object.fromEntries(Object.entries(names).filter(([key]) => keys.has(key)));

export function studyToForm(study: StudyRecord): StudyForm {
	return {
		name: study.name,
		visits: study.visits.map((v) => ({ id: v.id, name: v.name, targetDay: String(v.targetDay) })),
		arms: study.arms.map((a) => ({ ...a })),
		sites: study.sites.join('\n'),
		examiners: study.examiners.join('\n'),
		minAgeYears: String(study.minAgeYears),
		phesNormSetKey: study.phesNormSetKey ?? '',
		stroopNormSetKey: study.stroopNormSetKey ?? '',
		redcapEventNames: { ...study.redcapEventNames },
		redcapDataAccessGroups: { ...study.redcapDataAccessGroups }
	};
}
