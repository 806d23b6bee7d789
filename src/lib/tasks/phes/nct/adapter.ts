import type { SubtestSpec } from '../subtest';
import { nctaDefinition, nctbDefinition } from './definition';
import { nctFormById, nctFormLayout, nctForms, nctGeometry, type NctForm } from './forms';
import { feedSamples, startNct, type NctInputMode } from './protocol';
import { nctSummary, nctTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';
import { formForVisit } from '../../shared/rotation';
import { numberParameter, subtestParameters, type SubtestParameterValues } from '../subtest-parameters';
import type { TaskDefinition } from '../../task-definition';

/** NCT-A or NCT-B as the battery runs it, from its checked parameters: a row per target reached. */
function nctAdapter(form: NctForm, parameters: SubtestParameterValues) {
	const geometry = { ...nctGeometry, radiusUnits: numberParameter(parameters, 'radius_units') };
	const layout = nctFormLayout(form, geometry, form.practice ? numberParameter(parameters, 'practice_targets') : undefined);
	const limits = { minPlausibleTimeS: numberParameter(parameters, 'min_plausible_time_s') };
	return sampleAdapter({
		start: startNct(layout, parameters.input_mode as NctInputMode),
		feed: (state, samples) => feedSamples(state, samples).state,
		rows: nctTrialRows,
		finished: (state) => state.finished,
		summary: (state) => nctSummary(state, form.formId, limits)
	});
}

function nctSpec(definition: TaskDefinition, forms: readonly NctForm[], practice: readonly NctForm[]): SubtestSpec {
	return {
		id: definition.id as 'ncta' | 'nctb',
		definition,
		forms,
		practice: (i, parameters) => nctAdapter(formForVisit(practice, i), subtestParameters(definition, parameters)),
		test: (form, parameters) => nctAdapter(nctFormById(form.formId), subtestParameters(definition, parameters))
	};
}

export const nctaSpec = nctSpec(nctaDefinition, nctForms.ncta, nctForms.nctaPractice);
export const nctbSpec = nctSpec(nctbDefinition, nctForms.nctb, nctForms.nctbPractice);
