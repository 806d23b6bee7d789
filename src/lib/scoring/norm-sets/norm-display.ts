// What the norm-set pages show, as plain text: the catalogue list and one whole set.
import { normSetChecksum } from './checksum';
import { formatNumber } from '../form-number';
import type { CatalogueEntry } from './norm-set-catalogue';
import { valueModels, type EducationDummy, type NormSet } from './norm-set';
import type { Transform } from '../transforms';
import type { Direction, NormValue } from '../value-keys';
import { m } from '../../i18n/paraglide/messages.js';
import { valueLabel } from '../value-labels';

// Getters, so each label is read in the examiner's language at the moment it is shown.
export const testLabel = {
	get phes() { return m.norms_test_phes(); },
	get stroop() { return m.norms_test_stroop(); }
} as const;
export const administrationLabel = {
	get paper() { return m.norms_administration_paper(); },
	get digital() { return m.norms_administration_digital(); },
	get touch() { return m.norms_administration_touch(); },
	get any() { return m.norms_administration_any(); }
} as const;
export const transformLabel: Readonly<Record<Transform, string>> = {
	get none() { return m.norms_transform_none(); },
	get ln() { return m.norms_transform_ln(); },
	get sqrt() { return m.norms_transform_sqrt(); },
	get lnln() { return m.norms_transform_lnln(); }
};
export const directionLabel: Readonly<Record<Direction, string>> = {
	get higher_worse() { return m.norms_direction_higher_worse(); },
	get lower_worse() { return m.norms_direction_lower_worse(); }
};
export const covariateLabel: Readonly<Record<string, string>> = {
	get ageYears() { return m.norms_covariate_age(); },
	get educationYears() { return m.norms_covariate_education(); },
	get female() { return m.norms_covariate_female(); }
};
export const outOfRangeLabel = {
	get flag() { return m.norms_out_of_range_flag(); },
	get refuse() { return m.norms_out_of_range_refuse(); }
} as const;

export interface CatalogueRow {
	key: string;
	name: string;
	idVersion: string;
	test: string;
	administration: string;
	population: string;
	n: string;
	citation: string;
	sourceNote: string;
	checksum: string;
	shortChecksum: string;
	/** Data, not words: the page shows `originLabel`. */
	origin: 'Built-in' | 'Local';
}

/** One row per catalogue entry; the checksum is computed from the content, never trusted. */
export async function catalogueRows(entries: readonly CatalogueEntry[]): Promise<CatalogueRow[]> {
	return Promise.all(
		entries.map(async ({ key, set, builtin }) => {
			const checksum = await normSetChecksum(set);
			return {
				key,
				name: set.name,
				idVersion: `${set.id} v${set.version}`,
				test: testLabel[set.test],
				administration: administrationLabel[set.administration],
				population: set.population,
				n: set.n === null ? m.norms_not_stated() : String(set.n),
				citation: set.citation,
				sourceNote: set.sourceNote,
				checksum,
				shortChecksum: checksum.slice(0, 12),
				origin: builtin ? 'Built-in' : 'Local'
			};
		})
	);
}

/** The origin of a catalogue row in the examiner's words. */
export const originLabel = (origin: CatalogueRow['origin']) => (origin === 'Built-in' ? m.norms_origin_builtin() : m.norms_origin_local());

/** School years a dummy counts: `10–12`, `≥ 13`, `≤ 9`. */
export function dummyYears(dummy: EducationDummy): string {
	const { minYears: min, maxYears: max } = dummy;
	if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min}–${max}`;
	return min !== undefined ? `≥ ${min}` : `≤ ${max}`;
}

export type ValueRow =
	| {
			value: NormValue;
			label: string;
			kind: 'regression';
			transform: string;
			intercept: string;
			coefficients: { covariate: string; value: string }[];
			residualSd: string;
			direction: string;
	  }
	| { value: NormValue; label: string; kind: 'cutoff'; cutoffs: string };

export function valueRows(set: NormSet): ValueRow[] {
	return valueModels(set).map(([value, model]) => {
		const label = valueLabel(value);
		if (model.kind === 'cutoff') {
			const parts = [
				model.abnormalAbove !== undefined && m.norms_abnormal_above({ value: formatNumber(model.abnormalAbove) }),
				model.abnormalBelow !== undefined && m.norms_abnormal_below({ value: formatNumber(model.abnormalBelow) })
			].filter(Boolean);
			return { value, label, kind: 'cutoff', cutoffs: parts.join('; ') };
		}
		return {
			value,
			label,
			kind: 'regression',
			transform: transformLabel[model.transform],
			intercept: formatNumber(model.intercept),
			coefficients: Object.entries(model.coefficients).map(([covariate, c]) => ({ covariate, value: formatNumber(c) })),
			residualSd: formatNumber(model.residualSd),
			direction: directionLabel[model.direction]
		};
	});
}

const range = (r: { min: number; max: number } | undefined) => (r ? m.norms_years_range({ min: formatNumber(r.min), max: formatNumber(r.max) }) : m.norms_not_stated());

/** The DST time limit of a PHES set's norms and what happens to a count given with another. */
export function dstFacts(set: Extract<NormSet, { test: 'phes' }>): { term: string; detail: string }[] {
	if (set.dstTimeLimitS === undefined) {
		return [{ term: m.norms_fact_dst_limit(), detail: m.norms_fact_dst_limit_undeclared() }];
	}
	return [
		{ term: m.norms_fact_dst_limit(), detail: `${formatNumber(set.dstTimeLimitS)} s` },
		{
			term: m.norms_fact_dst_other_limit(),
			detail:
				set.dstRescaling === 'linear'
					? m.norms_fact_dst_rescaled({ limit: formatNumber(set.dstTimeLimitS) })
					: m.norms_fact_dst_not_scored()
		}
	];
}

/** The scoring rules of a set in words: scheme, abnormality cutoff, DST time limit, covariate ranges. */
export function scoringFacts(set: NormSet): { term: string; detail: string }[] {
	const facts: { term: string; detail: string }[] = [];
	if (set.test === 'phes') {
		facts.push({
			term: m.norms_fact_scheme(),
			detail:
				set.scheme === 'phes6'
					? m.norms_fact_scheme_phes6()
					: m.norms_fact_scheme_phes5({ penalty: formatNumber(set.lttErrorPenaltyS ?? NaN) })
		});
		facts.push({ term: m.norms_fact_abnormal_mhe(), detail: m.norms_fact_phes_total_at_most({ total: formatNumber(set.abnormalTotalAtMost) }) });
		facts.push(...dstFacts(set));
	} else {
		facts.push({
			term: m.norms_fact_abnormal(),
			detail:
				set.values.total_time_s?.kind === 'cutoff'
					? m.norms_fact_abnormal_stroop_cutoff()
					: m.norms_fact_abnormal_stroop_none()
		});
	}
	facts.push({ term: m.norms_fact_age_range(), detail: range(set.covariateRanges?.ageYears) });
	facts.push({ term: m.norms_fact_education_range(), detail: range(set.covariateRanges?.educationYears) });
	facts.push({ term: m.norms_fact_outside_ranges(), detail: outOfRangeLabel[set.outOfRange] });
	return facts;
}
