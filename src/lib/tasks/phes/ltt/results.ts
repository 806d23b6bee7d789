// The line tracing test's output rows, keyed by the columns its definition declares.
import { lttMaxTimeOutsidePercent, lttMinPlausibleTimeS, type LttSummaryColumn, type LttTrialColumn } from './definition';
import { coveragePercent } from './coverage';
import { defaultLttProtocolOptions, type LttState } from './protocol';
import { shown, subtestValidity, tooFastReasons } from '../subtest-validity';

export type LttSummary = Record<LttSummaryColumn, number | string | null>;
export type LttTrialRow = Record<LttTrialColumn, number | null>;

/** The declared limits a run is judged by. */
export interface LttLimits {
	minCoveragePercent: number;
	maxTimeOutsidePercent: number;
	minPlausibleTimeS: number;
}

/** From entering the start area to the end of the trace: reaching the end area, or the lift that ended it incomplete. */
function tracingMs(state: LttState): number | null {
	const endMs = state.endMs ?? state.incompleteMs;
	return state.startMs === null || endMs === null ? null : endMs - state.startMs;
}

const timeOutsideMs = (state: LttState) => state.excursions.reduce((sum, e) => sum + e.timeOutsideMs, 0);

/**
 * Why a run is not a valid administration: the track not covered, most of the time beyond the
 * edge, or completed faster than plausible.
 * @example a straight stroke from start to end → ['trace covered 3 % of the track (at least 95 % needed)']
 */
export function lttInvalidReasons(state: LttState, limits: LttLimits): string[] {
	const reasons: string[] = [];
	const coverage = coveragePercent(state, state.rules.line);
	if (state.endMs === null) {
		reasons.push(`trace covered ${Math.floor(coverage)} % of the track (at least ${shown(limits.minCoveragePercent)} % needed)`);
	}
	const ms = tracingMs(state);
	const outsidePercent = ms === null || ms === 0 ? 0 : (100 * timeOutsideMs(state)) / ms;
	if (outsidePercent > limits.maxTimeOutsidePercent) {
		reasons.push(`trace outside the track for ${Math.round(outsidePercent)} % of the time (at most ${shown(limits.maxTimeOutsidePercent)} % allowed)`);
	}
	// Only a completed trace has a time to judge; an incomplete one is invalid already.
	return [...reasons, ...tooFastReasons(state.endMs !== null && ms !== null ? ms / 1000 : null, limits.minPlausibleTimeS)];
}

/** The declared defaults. */
export const defaultLttLimits: LttLimits = {
	minCoveragePercent: defaultLttProtocolOptions.minCoveragePercent,
	maxTimeOutsidePercent: lttMaxTimeOutsidePercent,
	minPlausibleTimeS: lttMinPlausibleTimeS
};

export function lttSummary(state: LttState, limits: LttLimits = defaultLttLimits): LttSummary {
	const done = state.status === 'done' && state.startMs !== null && state.endMs !== null;
	return {
		time_s: done ? (state.endMs! - state.startMs!) / 1000 : null,
		errors: state.excursions.length,
		time_outside_s: timeOutsideMs(state) / 1000,
		path_length_outside_units: state.excursions.reduce((sum, e) => sum + e.pathLengthOutsideUnits, 0),
		path_length_units: state.pathLengthUnits,
		lifts: state.lifts,
		form_id: state.formId,
		coverage_percent: coveragePercent(state, state.rules.line),
		...subtestValidity(lttInvalidReasons(state, limits))
	};
}

/** One row per excursion, in order. */
export function lttTrialRows(state: LttState): LttTrialRow[] {
	return state.excursions.map((e) => ({
		index: e.index,
		start_ms: e.startMs,
		end_ms: e.endMs,
		time_outside_ms: e.timeOutsideMs,
		path_length_outside_units: e.pathLengthOutsideUnits,
		max_depth_units: e.maxDepthUnits
	}));
}
