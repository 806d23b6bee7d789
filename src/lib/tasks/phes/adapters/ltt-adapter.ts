import type { SubtestAdapter, SubtestSpec } from '../subtest';
import { lttDefinition } from '../ltt/definition';
import { lttFormById, lttForms, lttPracticeForm, type LttForm } from '../ltt/forms';
import { addSamples, startLtt, type LttState } from '../ltt/protocol';
import { lttSummary, lttTrialRows } from '../ltt/results';

export interface LttView {
	form: LttForm;
	state: LttState;
}

/** LTT as the battery runs it: samples in, one row per excursion once it has ended. */
function lttAdapter(form: LttForm): SubtestAdapter & { view: LttView } {
	let state = startLtt(form);
	let stored = 0;
	return {
		get view() {
			return { form, state };
		},
		feed(input) {
			if (input.kind !== 'samples') return { rows: [], finished: state.status === 'done' };
			state = addSamples(state, input.samples);
			const finished = state.status === 'done';
			const ended = lttTrialRows(state).filter((row, i) => finished || state.excursions[i]?.endMs !== null);
			const rows = ended.slice(stored);
			stored += rows.length;
			return { rows, finished };
		},
		summary: () => lttSummary(state)
	};
}

export const lttSpec: SubtestSpec = {
	id: 'ltt',
	definition: lttDefinition,
	forms: lttForms.map((f) => ({ formId: f.id, seed: f.seed })),
	practice: () => lttAdapter(lttPracticeForm),
	test: (form) => lttAdapter(lttFormById(form.formId))
};
