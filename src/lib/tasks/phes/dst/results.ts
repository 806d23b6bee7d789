// The digit symbol test's output rows, keyed by the columns its definition declares.
import { dstMaxWrongPercent, type DstSummaryColumn, type DstTrialColumn } from './definition';
import type { DstState } from './protocol';
import { shown, subtestValidity } from '../subtest-validity';

export type DstSummary = Record<DstSummaryColumn, number | string>;
export type DstTrialRow = Record<DstTrialColumn, number | string | boolean>;

/** The declared limits a run is judged by. */
export interface DstLimits {
	maxWrongPercent: number;
}

/**
 * Why a run is not a valid administration: more wrong symbols than the declared share.
 * @example 40 wrong of 50 responses, at most 50 % → ['40 of 50 symbols wrong (80 %; at most 50 % allowed)']
 */
export function dstInvalidReasons(state: DstState, limits: DstLimits): string[] {
	const responses = state.correct + state.wrong;
	const wrongPercent = responses === 0 ? 0 : (100 * state.wrong) / responses;
	if (wrongPercent <= limits.maxWrongPercent) return [];
	return [`${state.wrong} of ${responses} symbols wrong (${Math.round(wrongPercent)} %; at most ${shown(limits.maxWrongPercent)} % allowed)`];
}

/** The scored values of a timed test; practice has no summary. */
export function dstSummary(state: DstState, limits: DstLimits = { maxWrongPercent: dstMaxWrongPercent }): DstSummary {
	if (state.phase !== 'test' || state.timeLimitMs === null) throw new Error('Only the timed DST test has a summary');
	return {
		correct_count: state.correct,
		wrong_count: state.wrong,
		form_id: state.formId,
		time_limit_s: state.timeLimitMs / 1000,
		...subtestValidity(dstInvalidReasons(state, limits))
	};
}

/** One row per counted response, in order. */
export function dstTrialRows(state: DstState): DstTrialRow[] {
	return state.items.map((item) => ({
		phase: state.phase,
		index: item.index,
		digit: item.digit,
		expected_glyph: item.expectedGlyph,
		chosen_glyph: item.chosenGlyph,
		correct: item.correct,
		rt_ms: item.rtMs,
		t_ms: item.tMs
	}));
}
