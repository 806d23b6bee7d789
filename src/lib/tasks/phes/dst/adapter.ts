import type { SubtestAdapter, SubtestSpec } from '../subtest';
import { dstDefinition } from './definition';
import { dstFormById, dstForms, type DstForm } from './forms';
import { isDstGlyphId } from './glyphs';
import { expire, respond, startDst, startDstPractice, type DstState } from './protocol';
import { dstSummary, dstTrialRows } from './results';
import { formForVisit } from '../../shared/rotation';
import { numberParameter, subtestParameters, type SubtestParameterValues } from '../subtest-parameters';

export interface DstView {
	form: DstForm;
	state: DstState | null;
}

type DstMode = { practiceItems: number } | { timeLimitMs: number; maxWrongPercent: number };

/** DST as the battery runs it: the first item's paint starts the clock, each choice is one row. */
function dstAdapter(form: DstForm, mode: DstMode): SubtestAdapter & { view: DstView } {
	let state: DstState | null = null;
	let stored = 0;
	const rows = () => {
		const fresh = state ? dstTrialRows(state).slice(stored) : [];
		stored += fresh.length;
		return fresh;
	};
	return {
		get view() {
			return { form, state };
		},
		timeLimitMs: 'timeLimitMs' in mode ? mode.timeLimitMs : undefined,
		feed(input) {
			if (input.kind === 'onset' && state === null) {
				state = 'timeLimitMs' in mode ? startDst(form, { timeLimitMs: mode.timeLimitMs, startMs: input.tMs }) : startDstPractice(form, { items: mode.practiceItems, startMs: input.tMs });
			} else if (input.kind === 'choice' && state && isDstGlyphId(input.choiceId)) {
				state = respond(state, { glyphId: input.choiceId, tMs: input.tMs }).state;
			} else if (input.kind === 'deadline' && state) {
				state = expire(state, input.tMs);
			}
			return { rows: rows(), finished: state?.ended != null };
		},
		summary: () => dstSummary(state!, { maxWrongPercent: 'maxWrongPercent' in mode ? mode.maxWrongPercent : 100 })
	};
}

/** The practice's length or the test's limits, from the checked parameters. */
const practiceMode = (parameters: SubtestParameterValues): DstMode => ({ practiceItems: numberParameter(parameters, 'practice_items') });
const testMode = (parameters: SubtestParameterValues): DstMode => ({
	timeLimitMs: numberParameter(parameters, 'time_limit_s') * 1000,
	maxWrongPercent: numberParameter(parameters, 'max_wrong_percent')
});

export const dstSpec: SubtestSpec = {
	id: 'dst',
	definition: dstDefinition,
	forms: dstForms.map((f) => ({ formId: f.id, seed: f.seed })),
	practice: (i, parameters) => dstAdapter(formForVisit(dstForms, i), practiceMode(subtestParameters(dstDefinition, parameters))),
	test: (form, parameters) => dstAdapter(dstFormById(form.formId), testMode(subtestParameters(dstDefinition, parameters)))
};
