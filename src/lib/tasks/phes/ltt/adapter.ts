import type { SubtestSpec } from '../subtest';
import { lttDefinition } from './definition';
import { lttFormById, lttForms, lttPracticeForm, type LttForm } from './forms';
import { addSamples, startLtt, type LttState } from './protocol';
import { lttSummary, lttTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';
import { numberParameter, subtestParameters, type SubtestParameterValues } from '../subtest-parameters';

export interface LttView {
	form: LttForm;
	state: LttState;
}

/** LTT as the battery runs it, from its checked parameters: a row per excursion once it has ended (all of them at the end). */
function lttAdapter(form: LttForm, parameters: SubtestParameterValues) {
	const options = {
		reentryUnits: numberParameter(parameters, 'reentry_units'),
		resumeRadiusUnits: numberParameter(parameters, 'resume_radius_units'),
		minCoveragePercent: numberParameter(parameters, 'min_coverage_percent')
	};
	const limits = {
		minCoveragePercent: options.minCoveragePercent,
		maxTimeOutsidePercent: numberParameter(parameters, 'max_time_outside_percent'),
		minPlausibleTimeS: numberParameter(parameters, 'min_plausible_time_s')
	};
	return sampleAdapter<LttView>({
		start: { form, state: startLtt(form, options) },
		feed: (view, samples) => ({ form, state: addSamples(view.state, samples) }),
		rows: ({ state }) => lttTrialRows(state).filter((_, i) => state.status === 'done' || state.excursions[i]?.endMs !== null),
		finished: ({ state }) => state.status === 'done',
		summary: ({ state }) => lttSummary(state, limits)
	});
}

export const lttSpec: SubtestSpec = {
	id: 'ltt',
	definition: lttDefinition,
	forms: lttForms.map((f) => ({ formId: f.id, seed: f.seed })),
	practice: (_, parameters) => lttAdapter(lttPracticeForm, subtestParameters(lttDefinition, parameters)),
	test: (form, parameters) => lttAdapter(lttFormById(form.formId), subtestParameters(lttDefinition, parameters))
};
