import { describe, expect, it } from 'vitest';
import { builtinNormSet, builtinNormSets, germanH2019 } from './builtin/index';
import { describeIssues, normSetSchema, valueModels } from './norm-set';
import { withLocale } from '../../i18n/with-locale';

type Json = Record<string, unknown>;
const german = (): Json => structuredClone(germanH2019) as unknown as Json;
const stroop = (): Json => structuredClone(builtinNormSet('china-2019')) as unknown as Json;
const model = (set: Json, value: string) => (set.values as Record<string, Json>)[value] as Json;

function problems(candidate: unknown): string[] {
	const parsed = normSetSchema.safeParse(candidate);
	return parsed.success ? [] : describeIssues(parsed.error);
}

describe('norm-set schema', () => {
	it.each(builtinNormSets.map((set) => [set.id, set]))('accepts the built-in set %s', (_id, set) => {
		expect(problems(set)).toEqual([]);
	});

	it('lists a set’s models in value order', () => {
		expect(valueModels(germanH2019).map(([value]) => value)).toEqual(['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_s', 'ltt_errors']);
	});

	it.each<[string, () => unknown, RegExp]>([
		['an unknown covariate', () => { const s = german(); model(s, 'ncta_s').coefficients = { age: 0.01 }; return s; }, /values\.ncta_s\.coefficients\.age: Unknown covariate 'age'/],
		['an undefined dummy', () => { const s = german(); delete (s.educationDummies as Json).E23; return s; }, /values\.sdt_s\.coefficients\.E23: Unknown covariate/],
		['a dummy named like a built-in covariate', () => { const s = german(); (s.educationDummies as Json).female = { minYears: 1 }; return s; }, /educationDummies\.female: female is a built-in covariate/],
		['a residual SD of 0', () => { const s = german(); model(s, 'ncta_s').residualSd = 0; return s; }, /values\.ncta_s\.residualSd: The residual SD must be greater than 0/],
		['a negative residual SD', () => { const s = german(); model(s, 'nctb_s').residualSd = -0.2; return s; }, /values\.nctb_s\.residualSd: .*greater than 0/],
		['ln of LTT errors', () => { const s = german(); model(s, 'ltt_errors').transform = 'ln'; return s; }, /values\.ltt_errors\.transform: ltt_errors is a count that can be 0.*none, sqrt/],
		['lnln of DST', () => { const s = german(); model(s, 'dst_count').transform = 'lnln'; return s; }, /values\.dst_count\.transform: .*count/],
		['an unknown transform', () => { const s = german(); model(s, 'ncta_s').transform = 'log10'; return s; }, /values\.ncta_s\.transform: The transform must be none, ln, sqrt or lnln/],
		['DST with higher_worse', () => { const s = german(); model(s, 'dst_count').direction = 'higher_worse'; return s; }, /values\.dst_count\.direction: For dst_count lower is worse/],
		['a phes6 set without SDT', () => { const s = german(); delete (s.values as Json).sdt_s; return s; }, /values\.sdt_s: The phes6 scheme needs a model for sdt_s/],
		['a phes6 set with ltt_combined', () => { const s = german(); (s.values as Json).ltt_combined = model(s, 'ltt_s'); return s; }, /values\.ltt_combined: ltt_combined is not part of the phes6 scheme/],
		['phes5 without its LTT error weight', () => { const s = german(); s.scheme = 'phes5'; const v = s.values as Json; v.ltt_combined = v.ltt_s; delete v.ltt_s; delete v.ltt_errors; return s; }, /lttErrorPenaltyS: The phes5 scheme needs lttErrorPenaltyS/],
		['a cutoff outside the PHES range', () => ({ ...german(), abnormalTotalAtMost: -19 }), /abnormalTotalAtMost: A phes6 total lies in −18|abnormalTotalAtMost: A phes6 total lies in -18/],
		['a cutoff model in a PHES set', () => { const s = german(); (s.values as Json).ncta_s = { kind: 'cutoff', abnormalAbove: 40 }; return s; }, /values\.ncta_s\.kind/],
		['a paper Stroop set', () => ({ ...stroop(), administration: 'paper' }), /administration: The Stroop test is digital only/],
		['a Stroop set without values', () => ({ ...stroop(), values: {} }), /values: A Stroop set needs a model/],
		['a cutoff without a limit', () => ({ ...stroop(), values: { total_time_s: { kind: 'cutoff' } } }), /values\.total_time_s: A cutoff needs abnormalAbove/],
		['an id that is not kebab-case', () => ({ ...german(), id: 'German H2019' }), /^id: The id must be kebab-case/],
		['version 0', () => ({ ...german(), version: 0 }), /^version: The version starts at 1/],
		['a missing citation', () => { const s = german(); delete s.citation; return s; }, /^citation: Required/],
		['an empty population', () => ({ ...german(), population: '  ' }), /^population: Enter the population/],
		['an unknown test', () => ({ ...german(), test: 'anagram' }), /test: test must be 'phes' or 'stroop'/],
		['another format', () => ({ ...german(), format: 'something-else' }), /^format: format must be 'hepcog-norm-set'/],
		['format version 2', () => ({ ...german(), formatVersion: 2 }), /^formatVersion: This app reads norm sets of formatVersion 1/],
		['an unknown field', () => ({ ...german(), colour: 'blue' }), /colour/],
		['an age range upside down', () => ({ ...german(), covariateRanges: { ageYears: { min: 80, max: 30 } } }), /covariateRanges\.ageYears\.max: The minimum must not be above the maximum/],
		['a dummy without limits', () => { const s = german(); (s.educationDummies as Json).E2 = {}; return s; }, /educationDummies\.E2: An education dummy needs minYears/],
		['a DST time limit of 9 s', () => ({ ...german(), dstTimeLimitS: 9 }), /^dstTimeLimitS: A DST time limit below 30 s is not plausible/],
		['a DST time limit of 90.5 s', () => ({ ...german(), dstTimeLimitS: 90.5 }), /^dstTimeLimitS: The DST time limit is a whole number of seconds/],
		['an unknown DST rescaling', () => ({ ...german(), dstRescaling: 'log' }), /^dstRescaling: dstRescaling must be 'none' or 'linear'/],
		['a linear DST rescaling without the limit', () => { const s = german(); delete s.dstTimeLimitS; s.dstRescaling = 'linear'; return s; }, /^dstRescaling: A linear DST rescaling needs dstTimeLimitS/]
	])('refuses %s, naming the field', (_what, make, message) => {
		const found = problems(make());
		expect(found.some((line) => message.test(line)), found.join('\n')).toBe(true);
	});

	it('accepts a phes5 set with its LTT error weight', () => {
		const s = german();
		s.scheme = 'phes5';
		s.lttErrorPenaltyS = 5;
		const v = s.values as Json;
		v.ltt_combined = v.ltt_s;
		delete v.ltt_s;
		delete v.ltt_errors;
		expect(problems(s)).toEqual([]);
	});

	it('accepts a Stroop regression norm', () => {
		const s = { ...stroop(), values: { total_time_s: { kind: 'regression', transform: 'ln', intercept: 4.5, coefficients: { ageYears: 0.01 }, residualSd: 0.15, direction: 'higher_worse' } } };
		expect(problems(s)).toEqual([]);
	});
});

describe('norm-set messages in the UI language', () => {
	it('words what a typed-in set gets wrong in Indonesian on an Indonesian screen', () => {
		const set = german();
		delete model(set, 'nctb_s').intercept;
		model(set, 'ncta_s').residualSd = -1;
		// zod words an issue when it is read, so the messages are read in the language too.
		const messages = withLocale('id', () => {
			const parsed = normSetSchema.safeParse(set);
			return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
		});
		expect(messages).toEqual(expect.arrayContaining(['SD residual harus lebih besar dari 0.', 'Wajib diisi: intersep (angka).']));
		const english = normSetSchema.safeParse(set);
		expect(english.success ? [] : english.error.issues.map((issue) => issue.message)).toContain('Required: the intercept (a number).');
	});
});
