// The NCT's stored outputs: one summary row per completed test and one trial row per target
// reached, with the column names declared in definition.ts.
import type { NctSummaryColumn, NctTrialColumn } from './definition';
import { nctTimeS, type NctState } from './protocol';
import { subtestValidity, tooFastReasons } from '../subtest-validity';

export type NctSummary = Record<NctSummaryColumn, number | string | null>;
export type NctTrialRow = Record<NctTrialColumn, number | string | null>;

/** The declared limits a run is judged by. */
export interface NctLimits {
	minPlausibleTimeS: number;
}

/**
 * Why a run is not a valid administration: unfinished, or finished faster than plausible. Errors
 * are no reason: they only cost time, as on paper.
 * @example finished in 2.1 s with a 10 s minimum → ['finished in 2.1 s, faster than the plausible minimum of 10 s']
 */
export function nctInvalidReasons(state: NctState, limits: NctLimits): string[] {
	const timeS = nctTimeS(state);
	if (timeS === null) return ['the last circle was not reached'];
	return tooFastReasons(timeS, limits.minPlausibleTimeS);
}

/** `time_s` is null until the last circle is reached. The limits are NCT-A's or NCT-B's: no default fits both. */
export function nctSummary(state: NctState, formId: string, limits: NctLimits): NctSummary {
	return {
		time_s: nctTimeS(state),
		errors: state.errors.length,
		form_id: formId,
		path_length_units: state.pathLengthUnits,
		samples: state.samples,
		...subtestValidity(nctInvalidReasons(state, limits))
	};
}

/**
 * One row per target reached, in order. `errors_before` counts the errors made while that target
 * was due, e.g. 2 if two wrong circles were entered between reaching 4 and reaching 5.
 */
export function nctTrialRows(state: NctState): NctTrialRow[] {
	return state.reachedMs.map((reachedMs, i) => {
		const previousMs = state.reachedMs[i - 1];
		return {
			target_index: i,
			label: state.circles[i]!.label,
			reached_ms: reachedMs,
			since_previous_ms: previousMs === undefined ? null : reachedMs - previousMs,
			errors_before: state.errors.filter((e) => e.expectedIndex === i).length
		};
	});
}
