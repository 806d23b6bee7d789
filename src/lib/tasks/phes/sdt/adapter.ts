import type { SubtestSpec } from '../subtest';
import { sdtDefinition } from './definition';
import { sdtFormLayout, sdtForms, type SdtForm } from './forms';
import { feedSdtSamples, startSdt } from './protocol';
import { sdtSummary, sdtTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';
import { formForVisit } from '../../shared/rotation';

/** SDT as the battery runs it: a row per dot. */
const sdtAdapter = (form: SdtForm) =>
	sampleAdapter({
		start: startSdt(sdtFormLayout(form)),
		feed: (state, samples) => feedSdtSamples(state, samples).state,
		rows: sdtTrialRows,
		finished: (state) => state.finished,
		summary: (state) => sdtSummary(state, form.formId)
	});

export const sdtSpec: SubtestSpec = {
	id: 'sdt',
	definition: sdtDefinition,
	forms: sdtForms.test,
	practice: (i) => sdtAdapter(formForVisit(sdtForms.practice, i)),
	test: (form) => sdtAdapter(sdtForms.test.find((f) => f.formId === form.formId)!)
};
