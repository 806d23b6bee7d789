import type { SubtestAdapter, SubtestSpec } from '../subtest';
import { nctaDefinition, nctbDefinition } from '../nct/definition';
import { nctFormById, nctFormLayout, nctForms, type NctForm } from '../nct/forms';
import { feedSamples, startNct, type NctState } from '../nct/protocol';
import { nctSummary, nctTrialRows } from '../nct/summary';

/** NCT-A or NCT-B as the battery runs it: samples in, a row per target reached out. */
function nctAdapter(form: NctForm): SubtestAdapter & { view: NctState } {
	let state = startNct(nctFormLayout(form));
	let stored = 0;
	return {
		get view() {
			return state;
		},
		feed(input) {
			if (input.kind !== 'samples') return { rows: [], finished: state.finished };
			state = feedSamples(state, input.samples).state;
			const rows = nctTrialRows(state).slice(stored);
			stored += rows.length;
			return { rows, finished: state.finished };
		},
		summary: () => nctSummary(state, form.formId)
	};
}

export const nctaSpec: SubtestSpec = {
	id: 'ncta',
	definition: nctaDefinition,
	forms: nctForms.ncta,
	practice: (i) => nctAdapter(nctForms.nctaPractice[i % nctForms.nctaPractice.length]!),
	test: (form) => nctAdapter(nctFormById(form.formId))
};

export const nctbSpec: SubtestSpec = {
	id: 'nctb',
	definition: nctbDefinition,
	forms: nctForms.nctb,
	practice: (i) => nctAdapter(nctForms.nctbPractice[i % nctForms.nctbPractice.length]!),
	test: (form) => nctAdapter(nctFormById(form.formId))
};
