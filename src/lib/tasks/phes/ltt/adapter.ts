import type { SubtestSpec } from '../subtest';
import { lttDefinition } from './definition';
import { lttFormById, lttForms, lttPracticeForm, type LttForm } from './forms';
import { addSamples, startLtt, type LttState } from './protocol';
import { lttSummary, lttTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';

export interface LttView {
	form: LttForm;
	state: LttState;
}

/** LTT as the battery runs it: a row per excursion once it has ended (all of them at the end). */
const lttAdapter = (form: LttForm) =>
	sampleAdapter<LttView>({
		start: { form, state: startLtt(form) },
		feed: (view, samples) => ({ form, state: addSamples(view.state, samples) }),
		rows: ({ state }) => lttTrialRows(state).filter((_, i) => state.status === 'done' || state.excursions[i]?.endMs !== null),
		finished: ({ state }) => state.status === 'done',
		summary: ({ state }) => lttSummary(state)
	});

export const lttSpec: SubtestSpec = {
	id: 'ltt',
	definition: lttDefinition,
	forms: lttForms.map((f) => ({ formId: f.id, seed: f.seed })),
	practice: () => lttAdapter(lttPracticeForm),
	test: (form) => lttAdapter(lttFormById(form.formId))
};
