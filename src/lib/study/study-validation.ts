import { z } from 'zod';
import { armRoles, type ArmRole, type StudyRecord, type Written } from '../model/records';
import type { FieldErrors, Validation } from './participant-validation';
import { m } from '../i18n/paraglide/messages.js';

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

// Every message is a function, read in the UI language when a form is checked.
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const unique = (values: string[]) => new Set(values.map((v) => v.toLowerCase())).size === values.length;

/** REDCap's unique names: lower-case letters, digits and underscores, starting with a letter; blanks dropped. */
const redcapNames = (message: () => string) =>
	z
		.record(z.string(), z.string().trim())
		.transform((names) => Object.fromEntries(Object.entries(names).filter(([, name]) => name !== '')))
		.refine((names) => Object.values(names).every((name) => /^[a-z][a-z0-9_]*$/.test(name)), {
			error: () => message()
		});

const schema = z.object({
	name: z.string().trim().min(1, { error: () => m.study_error_name() }),
	visits: z
		.array(
			z.object({
				id: z.string(),
				name: z.string().trim().min(1, { error: () => m.study_error_visit_name() }),
				targetDay: z.string().trim().regex(/^\d+$/, { error: () => m.study_error_target_day() }).transform(Number)
			})
		)
		.min(1, { error: () => m.study_error_no_visit() })
		.refine((visits) => visits.filter((v) => v.targetDay === 0).length === 1, { error: () => m.study_error_one_baseline() })
		.refine((visits) => unique(visits.map((v) => v.name)), { error: () => m.study_error_visit_names_differ() }),
	arms: z
		.array(
			z.object({
				id: z.string(),
				name: z.string().trim().min(1, { error: () => m.study_error_arm_name() }),
				role: z.enum(armRoles, { error: () => m.study_error_arm_role() })
			})
		)
		.min(1, { error: () => m.study_error_no_arm() })
		.refine((arms) => unique(arms.map((a) => a.name)), { error: () => m.study_error_arm_names_differ() }),
	sites: z.string().transform(lines).refine(unique, { error: () => m.study_error_site_names_differ() }),
	examiners: z.string().transform(lines).refine(unique, { error: () => m.study_error_examiner_names_differ() }),
	minAgeYears: z.string().trim().regex(/^\d+$/, { error: () => m.study_error_min_age() }).transform(Number),
	phesNormSetKey: z.string().transform((key) => key || null),
	stroopNormSetKey: z.string().transform((key) => key || null),
	redcapEventNames: redcapNames(m.study_error_redcap_event_names),
	redcapDataAccessGroups: redcapNames(m.study_error_redcap_dags)
});

/** Checks edited settings; arms or visits that records use cannot be removed. */
export function validateStudy(form: StudyForm, context: StudyContext): Validation<Omit<StudyRecord, 'id' | 'createdAt' | 'updatedAt' | 'revision' | keyof Written>, StudyField> {
	const parsed = schema.safeParse(form);
	const errors: FieldErrors<StudyField> = {};
	for (const issue of parsed.success ? [] : parsed.error.issues) errors[issue.path[0] as StudyField] ??= issue.message;
	const keptArms = new Set(form.arms.map((a) => a.id));
	const keptVisits = new Set(form.visits.map((v) => v.id));
	if ([...context.armIdsInUse].some((id) => !keptArms.has(id))) errors.arms ??= m.study_error_arm_in_use();
	if ([...context.visitIdsInUse].some((id) => !keptVisits.has(id))) errors.visits ??= m.study_error_visit_in_use();
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
