import { describe, expect, it } from 'vitest';
import { builtinNormSet, germanH2019, germanH2019v1 } from './builtin';
import { normSetChecksum } from './checksum';
import { formatNumber } from '../form-number';
import { catalogueRows, dummyYears, scoringFacts, valueRows } from './norm-display';

describe('catalogueRows', () => {
	it('shows a set with its computed checksum, shortened to 12 hex digits', async () => {
		const local = { ...germanH2019, id: 'h2019-typed', version: 1, n: 120 };
		const [builtin, typed] = await catalogueRows([
			{ key: 'german-h2019@2', set: germanH2019, builtin: true },
			{ key: 'h2019-typed@1', set: local, builtin: false }
		]);
		const checksum = await normSetChecksum(germanH2019);
		expect(builtin).toMatchObject({ idVersion: 'german-h2019 v2', test: 'PHES', administration: 'Paper and pencil', n: 'not stated', origin: 'Built-in', checksum, shortChecksum: checksum.slice(0, 12) });
		expect(typed).toMatchObject({ idVersion: 'h2019-typed v1', n: '120', origin: 'Local' });
	});
});

describe('a whole set in words', () => {
	it('gives each regression with its coefficients and direction', () => {
		const rows = valueRows(germanH2019);
		expect(rows.map((r) => r.value)).toEqual(['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_s', 'ltt_errors']);
		expect(rows[1]).toEqual({
			value: 'nctb_s',
			label: 'NCT-B time (s)',
			kind: 'regression',
			transform: 'ln',
			intercept: '3.830604',
			coefficients: [
				{ covariate: 'ageYears', value: '0.010027' },
				{ covariate: 'E2', value: '−0.184867' },
				{ covariate: 'E3', value: '−0.34977319' }
			],
			residualSd: String(Math.sqrt(0.07484)),
			direction: 'higher is worse'
		});
		expect(rows[2]).toMatchObject({ direction: 'lower is worse' });
	});

	it('gives cutoffs as they are', () => {
		expect(valueRows(builtinNormSet('china-2019')!)).toEqual([
			{ value: 'total_time_s', label: 'Stroop On + Off time (s)', kind: 'cutoff', cutoffs: 'abnormal above 186.63' },
			{ value: 'off_time_s', label: 'Stroop Off time (s)', kind: 'cutoff', cutoffs: 'abnormal above 97.34' }
		]);
	});

	it('states dummy ranges, open ends included', () => {
		expect(Object.values(germanH2019.educationDummies).map(dummyYears)).toEqual(['10–12', '≥ 13', '≥ 10']);
		expect(dummyYears({ maxYears: 9 })).toBe('≤ 9');
		expect(dummyYears({ minYears: 6, maxYears: 6 })).toBe('6');
	});

	it('states the scheme, cutoff and ranges', () => {
		const facts = Object.fromEntries(scoringFacts({ ...germanH2019, covariateRanges: { ageYears: { min: 18, max: 80 } } }).map((f) => [f.term, f.detail]));
		expect(facts).toMatchObject({
			'Abnormal (MHE)': 'PHES total ≤ −5',
			'Age range of the sample': '18–80 years',
			'Education range of the sample': 'not stated',
			'Outside these ranges': 'scored, with an “outside norm range” flag'
		});
		expect(facts.Scheme).toMatch(/^phes6/);
		expect(formatNumber(-0.5)).toBe('−0.5');
	});

	it('states the DST time limit of the norms and what a count given with another limit gets', () => {
		const facts = (set: typeof germanH2019) => Object.fromEntries(scoringFacts(set).map((f) => [f.term, f.detail]));
		expect(facts(germanH2019)).toMatchObject({ 'DST time limit of the norms': '90 s', 'A DST given with another limit': 'not scored (nor the PHES total)' });
		expect(facts({ ...germanH2019, dstRescaling: 'linear' })['A DST given with another limit']).toBe('rescaled linearly (count × 90 / the limit given) and flagged');
		expect(facts(germanH2019v1)['DST time limit of the norms']).toMatch(/^not declared/);
	});
});
