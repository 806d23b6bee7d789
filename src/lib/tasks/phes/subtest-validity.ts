// The administration-validity verdict every digital PHES subtest run stores with its summary: a
// run is 'valid', or 'invalid' with the reasons in plain words an examiner understands. Gathering
// counts a run for the PHES values only when it is valid; a stored run without these columns (from
// before they existed) counts as valid.
import type { ColumnSpec } from '../task-definition';

export const subtestValidityColumns = [
	{
		name: 'validity',
		type: 'category',
		description: 'Whether the administration is valid by the subtest’s declared limits (an invalid run gives no score)',
		levels: { valid: 'within every declared limit', invalid: 'a declared limit was exceeded: see invalid_reasons' }
	},
	{
		name: 'invalid_reasons',
		type: 'string',
		description: 'Why the run is invalid, in plain words, joined with "; "; empty when valid'
	}
] as const satisfies readonly ColumnSpec[];

export interface SubtestValidity {
	validity: 'valid' | 'invalid';
	invalid_reasons: string;
}

/** The verdict from the reasons found (none: valid). */
export function subtestValidity(reasons: readonly string[]): SubtestValidity {
	return reasons.length === 0 ? { validity: 'valid', invalid_reasons: '' } : { validity: 'invalid', invalid_reasons: reasons.join('; ') };
}

/** A number as the reasons show it: at most one decimal, no trailing zero. */
export const shown = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The reason a completed run is too fast to be a real performance, or none: the same limit
 * (`min_plausible_time_s`) every timed subtest declares.
 * @example 2.1 s with a 10 s minimum → ['finished in 2.1 s, faster than the plausible minimum of 10 s']
 */
export function tooFastReasons(timeS: number | null, minPlausibleTimeS: number): string[] {
	if (timeS === null || timeS >= minPlausibleTimeS) return [];
	return [`finished in ${shown(timeS)} s, faster than the plausible minimum of ${shown(minPlausibleTimeS)} s`];
}
