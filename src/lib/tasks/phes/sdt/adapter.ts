import type { SubtestSpec } from '../subtest';
import { sdtDefinition } from './definition';
import { sdtForms, type SdtForm } from './forms';
import { generateSdtLayout, sdtGeometry } from './layout';
import { feedSdtSamples, startSdt } from './protocol';
import { sdtSummary, sdtTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';
import { formForVisit } from '../../shared/rotation';
import { numberParameter, subtestParameters, type SubtestParameterValues } from '../subtest-parameters';

/** SDT as the battery runs it, from its checked parameters: a row per tap. */
function sdtAdapter(form: SdtForm, parameters: SubtestParameterValues) {
	const radiusUnits = numberParameter(parameters, 'radius_units');
	// The practice is one row of `practice_circles`; the test the full grid.
	const geometry = form.practice ? { ...sdtGeometry, rows: 1, columns: numberParameter(parameters, 'practice_circles'), radiusUnits } : { ...sdtGeometry, radiusUnits };
	const limits = { maxMisses: numberParameter(parameters, 'max_misses'), minPlausibleTimeS: numberParameter(parameters, 'min_plausible_time_s') };
	return sampleAdapter({
		start: startSdt(generateSdtLayout(form.seed, geometry), { doubleTapMs: numberParameter(parameters, 'double_tap_ms') }),
		feed: (state, samples) => feedSdtSamples(state, samples).state,
		rows: sdtTrialRows,
		finished: (state) => state.finished,
		summary: (state) => sdtSummary(state, form.formId, limits)
	});
}

export const sdtSpec: SubtestSpec = {
	id: 'sdt',
	definition: sdtDefinition,
	forms: sdtForms.test,
	practice: (i, parameters) => sdtAdapter(formForVisit(sdtForms.practice, i), subtestParameters(sdtDefinition, parameters)),
	test: (form, parameters) => sdtAdapter(sdtForms.test.find((f) => f.formId === form.formId)!, subtestParameters(sdtDefinition, parameters))
};
