// The SDT's stored outputs: one summary row per completed test and one trial row per tap, with
// the column names declared in definition.ts.
import { sdtMaxMisses, sdtMinPlausibleTimeS, type SdtSummaryColumn, type SdtTrialColumn } from './definition';
import { sdtIgnoredTaps, sdtMisses, sdtOutOfOrderDots, sdtTimeS, type SdtState } from './protocol';
import { subtestValidity, tooFastReasons } from '../subtest-validity';

export type SdtSummary = Record<SdtSummaryColumn, number | string | null>;
export type SdtTrialRow = Record<SdtTrialColumn, number | boolean>;

/** The declared limits a run is judged by. */
export interface SdtLimits {
	maxMisses: number;
	minPlausibleTimeS: number;
}

/**
 * Why a run is not a valid administration: circles left undotted, too many misses, or finished
 * faster than plausible.
 * @example 100 taps on one spot → ['99 dots outside their circle (at most 20 allowed)', 'finished in 12 s, …']
 */
export function sdtInvalidReasons(state: SdtState, limits: SdtLimits): string[] {
	const reasons: string[] = [];
	if (!state.finished) reasons.push(`${state.dots.length} of ${state.circles.length} circles dotted`);
	const misses = sdtMisses(state);
	if (misses > limits.maxMisses) reasons.push(`${misses} dots outside their circle (at most ${limits.maxMisses} allowed)`);
	return [...reasons, ...tooFastReasons(sdtTimeS(state), limits.minPlausibleTimeS)];
}

/**
 * `time_s` is null until every circle is dotted; `mean_distance_units` is null before the first dot.
 * @example dots 2, 4 and 30 units from their centres (radius 20) → misses 1, mean_distance_units 12
 */
export function sdtSummary(state: SdtState, formId: string, limits: SdtLimits = { maxMisses: sdtMaxMisses, minPlausibleTimeS: sdtMinPlausibleTimeS }): SdtSummary {
	const { dots } = state;
	const total = dots.reduce((sum, d) => sum + d.distanceUnits, 0);
	return {
		time_s: sdtTimeS(state),
		misses: sdtMisses(state),
		ignored_taps: sdtIgnoredTaps(state),
		out_of_order_dots: sdtOutOfOrderDots(state),
		mean_distance_units: dots.length === 0 ? null : total / dots.length,
		form_id: formId,
		...subtestValidity(sdtInvalidReasons(state, limits))
	};
}

/** One row per tap, in order: the counted dots and the ignored double taps. */
export function sdtTrialRows(state: SdtState): SdtTrialRow[] {
	return state.taps.map((t) => ({
		index: t.index,
		row: t.row,
		column: t.column,
		distance_units: t.distanceUnits,
		inside: t.inside,
		t_ms: t.tMs,
		ignored: t.ignored
	}));
}
