// The digit symbol test's output rows, keyed by the columns its definition declares.
import type { DstSummaryColumn, DstTrialColumn } from './definition';
import type { DstState } from './protocol';

export type DstSummary = Record<DstSummaryColumn, number | string>;
export type DstTrialRow = Record<DstTrialColumn, number | string | boolean>;

/** The scored values of a timed test; practice has no summary. */
export function dstSummary(state: DstState): DstSummary {
	if (state.phase !== 'test' || state.timeLimitMs === null) throw new Error('Only the timed DST test has a summary');
	return {
		correct_count: state.correct,
		wrong_count: state.wrong,
		form_id: state.formId,
		time_limit_s: state.timeLimitMs / 1000
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
