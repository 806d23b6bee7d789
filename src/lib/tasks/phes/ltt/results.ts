// The line tracing test's output rows, keyed by the columns its definition declares.
import type { LttSummaryColumn, LttTrialColumn } from './definition';
import type { LttState } from './protocol';

export type LttSummary = Record<LttSummaryColumn, number | string | null>;
export type LttTrialRow = Record<LttTrialColumn, number | null>;

export function lttSummary(state: LttState): LttSummary {
	const done = state.status === 'done' && state.startMs !== null && state.endMs !== null;
	return {
		time_s: done ? (state.endMs! - state.startMs!) / 1000 : null,
		errors: state.excursions.length,
		time_outside_s: state.excursions.reduce((sum, e) => sum + e.timeOutsideMs, 0) / 1000,
		path_length_outside_units: state.excursions.reduce((sum, e) => sum + e.pathLengthOutsideUnits, 0),
		path_length_units: state.pathLengthUnits,
		lifts: state.lifts,
		form_id: state.formId
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
