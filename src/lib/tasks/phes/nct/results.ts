// The NCT's stored outputs: one summary row per completed test and one trial row per target
// reached, with the column names declared in definition.ts.
import type { NctSummaryColumn, NctTrialColumn } from './definition';
import { nctTimeS, type NctState } from './protocol';

export type NctSummary = Record<NctSummaryColumn, number | string | null>;
export type NctTrialRow = Record<NctTrialColumn, number | string | null>;

/** `time_s` is null until the last circle is reached. */
export function nctSummary(state: NctState, formId: string): NctSummary {
	return {
		time_s: nctTimeS(state),
		errors: state.errors.length,
		form_id: formId,
		path_length_units: state.pathLengthUnits,
		samples: state.samples
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
