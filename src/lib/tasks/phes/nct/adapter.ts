import type { SubtestSpec } from '../subtest';
import { nctaDefinition, nctbDefinition } from './definition';
import { nctFormById, nctFormLayout, nctForms, type NctForm } from './forms';
import { feedSamples, startNct } from './protocol';
import { nctSummary, nctTrialRows } from './results';
import { sampleAdapter } from '../sample-adapter';
import { formForVisit } from '../../shared/rotation';

/** NCT-A or NCT-B as the battery runs it: a row per target reached. */
const nctAdapter = (form: NctForm) =>
	sampleAdapter({
		start: startNct(nctFormLayout(form)),
		feed: (state, samples) => feedSamples(state, samples).state,
		rows: nctTrialRows,
		finished: (state) => state.finished,
		summary: (state) => nctSummary(state, form.formId)
	});

function nctSpec(definition: typeof nctaDefinition, forms: readonly NctForm[], practice: readonly NctForm[]): SubtestSpec {
	return {
		id: definition.id as 'ncta' | 'nctb',
		definition,
		forms,
		practice: (i) => nctAdapter(formForVisit(practice, i)),
		test: (form) => nctAdapter(nctFormById(form.formId))
	};
}

export const nctaSpec = nctSpec(nctaDefinition, nctForms.ncta, nctForms.nctaPractice);
export const nctbSpec = nctSpec(nctbDefinition, nctForms.nctb, nctForms.nctbPractice);
