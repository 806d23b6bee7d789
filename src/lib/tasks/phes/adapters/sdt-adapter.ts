import type { SubtestAdapter, SubtestSpec } from '../subtest';
import { sdtDefinition } from '../sdt/definition';
import { sdtFormLayout, sdtForms, type SdtForm } from '../sdt/forms';
import { feedSdtSamples, startSdt, type SdtState } from '../sdt/protocol';
import { sdtSummary, sdtTrialRows } from '../sdt/summary';

/** SDT as the battery runs it: pen-downs in, a row per dot out. */
function sdtAdapter(form: SdtForm): SubtestAdapter & { view: SdtState } {
	let state = startSdt(sdtFormLayout(form));
	let stored = 0;
	return {
		get view() {
			return state;
		},
		feed(input) {
			if (input.kind !== 'samples') return { rows: [], finished: state.finished };
			state = feedSdtSamples(state, input.samples).state;
			const rows = sdtTrialRows(state).slice(stored);
			stored += rows.length;
			return { rows, finished: state.finished };
		},
		summary: () => sdtSummary(state, form.formId)
	};
}

export const sdtSpec: SubtestSpec = {
	id: 'sdt',
	definition: sdtDefinition,
	forms: sdtForms.test,
	practice: (i) => sdtAdapter(sdtForms.practice[i % sdtForms.practice.length]!),
	test: (form) => sdtAdapter(sdtForms.test.find((f) => f.formId === form.formId)!)
};
