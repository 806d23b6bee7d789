// The SDT's stored outputs: one summary row per completed test and one trial row per dot, with
// the column names declared in definition.ts.
import type { SdtSummaryColumn, SdtTrialColumn } from './definition';
import { sdtMisses, sdtTimeS, type SdtState } from './protocol';

export type SdtSummary = Record<SdtSummaryColumn, number | string | null>;
export type SdtTrialRow = Record<SdtTrialColumn, number | boolean>;

/**
 * `time_s` is null until every circle is dotted; `mean_distance_units` is null before the first dot.
 * @example dots 2, 4 and 30 units from their centres (radius 20) → misses 1, mean_distance_units 12
 */
export function sdtSummary(state: SdtState, formId: string): SdtSummary {
	const { dots } = state;
	const total = dots.reduce((sum, d) => sum + d.distanceUnits, 0);
	return {
		time_s: sdtTimeS(state),
		misses: sdtMisses(state),
		mean_distance_units: dots.length === 0 ? null : total / dots.length,
		form_id: formId
	};
}

export function sdtTrialRows(state: SdtState): SdtTrialRow[] {
	return state.dots.map((d) => ({
		index: d.index,
		row: d.row,
		column: d.column,
		distance_units: d.distanceUnits,
		inside: d.inside,
		t_ms: d.tMs
	}));
}
