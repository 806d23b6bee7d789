import { z } from 'zod';
import type { FieldErrors, Validation } from '../../../study/participant-validation';
import { defaultParameters } from '../../task-definition';
import { paperDstTimeLimitsS, paperPhesDefinition, type PaperPhesValue } from './definition';

export type PaperPhesForm = Record<PaperPhesValue | 'notes', string>;
export type PaperPhesField = keyof PaperPhesForm;
export type PaperPhesValues = Record<PaperPhesValue, number> & { notes: string | null };

const defaults = defaultParameters(paperPhesDefinition);

/**
 * Checks typed paper PHES values: times in (0, max] seconds, counts whole and within the sheet, the
 * DST time limit one of those the DST is given with.
 */
export function validatePaperPhes(
	form: PaperPhesForm,
	limits = { maxTimeS: Number(defaults.max_time_s), dstItems: Number(defaults.dst_items_on_sheet) }
): Validation<PaperPhesValues, PaperPhesField> {
	const number = /^\d+(\.\d+)?$/;
	const time = (what: string) =>
		z
			.string()
			.trim()
			.min(1, { error: `Enter the ${what} time in seconds.` })
			.regex(number, { error: `Enter the ${what} time as seconds, e.g. 41.5 (a dot for decimals).` })
			.transform(Number)
			.refine((s) => s > 0, { error: `A ${what} time must be more than 0 s.` })
			.refine((s) => s <= limits.maxTimeS, { error: `A ${what} time above ${limits.maxTimeS / 60} minutes is not plausible.` });
	const count = (what: string, max: number, maxText: string) =>
		z
			.string()
			.trim()
			.min(1, { error: `Enter the ${what}.` })
			.regex(/^\d+$/, { error: `The ${what} is a whole number.` })
			.transform(Number)
			.refine((n) => n <= max, { error: `The ${what} cannot be more than ${maxText}.` });
	const schema = z.object({
		ncta_s: time('NCT-A'),
		nctb_s: time('NCT-B'),
		dst_count: count('DST count', limits.dstItems, `the ${limits.dstItems} items on the sheet`),
		sdt_s: time('SDT'),
		ltt_s: time('LTT'),
		ltt_errors: count('number of LTT errors', 500, '500'),
		dst_time_limit_s: z
			.string()
			.trim()
			.refine((s) => paperDstTimeLimitsS.map(String).includes(s), {
				error: `Choose the DST time limit it was given with: ${paperDstTimeLimitsS.map((s) => `${s} s`).join(' or ')}.`
			})
			.transform(Number),
		notes: z.string().trim().max(2000, { error: 'Keep the notes under 2000 characters.' })
	});
	const parsed = schema.safeParse(form);
	if (!parsed.success) {
		const errors: FieldErrors<PaperPhesField> = {};
		for (const issue of parsed.error.issues) errors[issue.path[0] as PaperPhesField] ??= issue.message;
		return { ok: false, errors };
	}
	return { ok: true, value: { ...parsed.data, notes: parsed.data.notes === '' ? null : parsed.data.notes } };
}
