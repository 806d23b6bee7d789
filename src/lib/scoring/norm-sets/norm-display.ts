// What the norm-set pages show, as plain text: the catalogue list and one whole set.
import { normSetChecksum } from './checksum';
import { formatNumber } from '../form-number';
import type { CatalogueEntry } from './norm-set-catalogue';
import { valueModels, type EducationDummy, type NormSet } from './norm-set';
import type { Transform } from '../transforms';
import { valueInfo, type Direction, type NormValue } from '../value-keys';

export const testLabel = { phes: 'PHES', stroop: 'Stroop' } as const;
export const administrationLabel = { paper: 'Paper and pencil', digital: 'Digital (screen)', touch: 'Touch device', any: 'Any administration' } as const;
export const transformLabel: Record<Transform, string> = { none: 'none (raw value)', ln: 'ln', sqrt: '√ (square root)', lnln: 'ln ln' };
export const directionLabel: Record<Direction, string> = { higher_worse: 'higher is worse', lower_worse: 'lower is worse' };
export const covariateLabel: Record<string, string> = { ageYears: 'age (years)', educationYears: 'education (years)', female: 'female (1 for women)' };
export const outOfRangeLabel = {
	flag: 'scored, with an “outside norm range” flag',
	refuse: 'not scored'
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
				n: set.n === null ? 'not stated' : String(set.n),
				citation: set.citation,
				sourceNote: set.sourceNote,
				checksum,
				shortChecksum: checksum.slice(0, 12),
				origin: builtin ? 'Built-in' : 'Local'
			};
		})
	);
}

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
		const label = valueInfo[value].label;
		if (model.kind === 'cutoff') {
			const parts = [
				model.abnormalAbove !== undefined && `abnormal above ${formatNumber(model.abnormalAbove)}`,
				model.abnormalBelow !== undefined && `abnormal below ${formatNumber(model.abnormalBelow)}`
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

const range = (r: { min: number; max: number } | undefined) => (r ? `${formatNumber(r.min)}–${formatNumber(r.max)} years` : 'not stated');

/** The DST time limit of a PHES set's norms and what happens to a count given with another. */
export function dstFacts(set: Extract<NormSet, { test: 'phes' }>): { term: string; detail: string }[] {
	if (set.dstTimeLimitS === undefined) {
		return [{ term: 'DST time limit of the norms', detail: 'not declared (a set made before the limit was recorded): no DST, so no PHES total, is scored with it' }];
	}
	return [
		{ term: 'DST time limit of the norms', detail: `${formatNumber(set.dstTimeLimitS)} s` },
		{
			term: 'A DST given with another limit',
			detail:
				set.dstRescaling === 'linear'
					? `rescaled linearly (count × ${formatNumber(set.dstTimeLimitS)} / the limit given) and flagged`
					: 'not scored (nor the PHES total)'
		}
	];
}

/** The scoring rules of a set in words: scheme, abnormality cutoff, DST time limit, covariate ranges. */
export function scoringFacts(set: NormSet): { term: string; detail: string }[] {
	const facts: { term: string; detail: string }[] = [];
	if (set.test === 'phes') {
		facts.push({
			term: 'Scheme',
			detail:
				set.scheme === 'phes6'
					? 'phes6: six values (NCT-A, NCT-B, DST, SDT, LTT time, LTT errors), total +6 … −18'
					: `phes5: five values, LTT time and errors merged as LTT time + ${formatNumber(set.lttErrorPenaltyS ?? NaN)} s per error, total +5 … −15`
		});
		facts.push({ term: 'Abnormal (MHE)', detail: `PHES total ≤ ${formatNumber(set.abnormalTotalAtMost)}` });
		facts.push(...dstFacts(set));
	} else {
		facts.push({
			term: 'Abnormal',
			detail:
				set.values.total_time_s?.kind === 'cutoff'
					? 'when the On + Off time is beyond its cutoff'
					: 'no overall verdict (no On + Off cutoff); each value is given in SD bands or against its cutoff'
		});
	}
	facts.push({ term: 'Age range of the sample', detail: range(set.covariateRanges?.ageYears) });
	facts.push({ term: 'Education range of the sample', detail: range(set.covariateRanges?.educationYears) });
	facts.push({ term: 'Outside these ranges', detail: outOfRangeLabel[set.outOfRange] });
	return facts;
}
