import { describe, expect, it } from 'vitest';
import { builtinNormSet, germanH2019 } from './norm-sets/builtin';
import { normSetChecksum } from './norm-sets/checksum';
import type { PhesNormSet, StroopNormSet } from './norm-sets/norm-set';
import { missingNormSetScore, phesRunScore, scoredTestOf, stroopModalityOf, stroopRunScore, type RunToScore } from './task-run-score';

// The worked example of scorePhes: every value 0 for a man of 50 with 12 school years.
const manOf50 = { ageYears: 50, educationYears: 12, sex: 'm' as const };
const phesRun: RunToScore = {
	taskRunId: 'run-1',
	test: 'phes',
	summary: { ncta_s: 24, nctb_s: 63, dst_count: 48, dst_time_limit_s: 90, sdt_s: 38, ltt_s: 74, ltt_errors: 26, notes: null },
	person: manOf50,
	normSetKey: 'german-h2019@2'
};
const stroopRun: RunToScore = { taskRunId: 'run-2', test: 'stroop', summary: { total_time_s: 191, off_time_s: 90, on_time_s: 101 }, person: manOf50, normSetKey: 'us-encephalapp-2015@1' };
const usCutoff = builtinNormSet('us-encephalapp-2015') as StroopNormSet;

it('scores the Stroop and both PHES entries, and no other task on its own', () => {
	expect(['stroop', 'phes_paper', 'phes_digital', 'ncta', 'dst'].map(scoredTestOf)).toEqual(['stroop', 'phes', 'phes', undefined, undefined]);
});

describe('phesRunScore', () => {
	it('stores the band scores, total, verdict and thresholds with the exact set and covariates used', async () => {
		const score = await phesRunScore(phesRun, germanH2019 as PhesNormSet, 'paper');
		expect(score).toMatchObject({
			taskRunId: 'run-1',
			test: 'phes',
			normSetId: 'german-h2019',
			normSetVersion: 2,
			normSetChecksum: await normSetChecksum(germanH2019),
			values: { phes_total: 0, phes_abnormal: false },
			flags: [],
			refusal: null
		});
		expect(score.covariates).toMatchObject(manOf50);
		expect(Object.keys(score.thresholds)).toEqual(['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_s', 'ltt_errors']);
		expect(score.thresholds.ncta_s).toHaveLength(7);
	});

	it('flags paper norms on a digital run', async () => {
		expect((await phesRunScore(phesRun, germanH2019 as PhesNormSet, 'digital')).flags).toEqual(['paper_norms_on_digital']);
	});

	it('refuses a run with a value missing, naming the chosen set', async () => {
		const score = await phesRunScore({ ...phesRun, summary: { ...phesRun.summary, ltt_errors: null } }, germanH2019 as PhesNormSet, 'paper');
		expect(score).toMatchObject({ normSetId: 'german-h2019', normSetVersion: 2, normSetChecksum: '', values: {}, thresholds: {}, refusal: expect.stringMatching(/ltt_errors is missing/) });
	});

	it('stores a refusal with its reason for a paper entry made before the DST limit was recorded', async () => {
		const { dst_time_limit_s: _limit, ...older } = phesRun.summary;
		const score = await phesRunScore({ ...phesRun, summary: older }, germanH2019 as PhesNormSet, 'paper');
		expect(score).toMatchObject({ values: {}, thresholds: {}, refusal: expect.stringMatching(/^The DST time limit of this PHES was not recorded/) });
	});

	it('stores the refusal of a DST given with 120 s against 90 s norms, and reads the limit from the run', async () => {
		const at120 = { ...phesRun, summary: { ...phesRun.summary, dst_count: 60, dst_time_limit_s: 120 } };
		expect(await phesRunScore(at120, germanH2019 as PhesNormSet, 'digital')).toMatchObject({
			values: {},
			refusal: "DST given with a 120 s limit; the norm set's DST norms are for 90 s."
		});
		const rescaled = await phesRunScore(at120, { ...germanH2019, dstRescaling: 'linear' } as PhesNormSet, 'digital');
		expect(rescaled).toMatchObject({ values: { dst_score: 0 }, flags: ['dst_rescaled', 'paper_norms_on_digital'], refusal: null });
	});
});

describe('stroopRunScore', () => {
	it('stores the verdict of each cutoff and flags a modality other than the norms’', async () => {
		const score = await stroopRunScore(stroopRun, usCutoff, 'mouse');
		expect(score).toMatchObject({ test: 'stroop', normSetId: 'us-encephalapp-2015', values: { stroop_abnormal: true, total_time_s_abnormal: true }, thresholds: {}, flags: ['modality_differs_from_norms'], refusal: null });
	});

	it('stores z, band and thresholds of a regression norm', async () => {
		const regression: StroopNormSet = {
			...usCutoff,
			id: 'example-regression',
			values: { total_time_s: { kind: 'regression', transform: 'ln', intercept: 4.8, coefficients: { ageYears: 0.01 }, residualSd: 0.2, direction: 'higher_worse' } }
		};
		const score = await stroopRunScore({ ...stroopRun, summary: { ...stroopRun.summary, total_time_s: Math.exp(5.3 + 2 * 0.2) } }, regression, 'touch');
		expect(score.values).toMatchObject({ stroop_abnormal: null, total_time_s_score: -2 });
		expect(score.values.total_time_s_z).toBeCloseTo(2, 9);
		expect(score.thresholds.total_time_s).toHaveLength(7);
	});
});

it('refuses when the chosen set is not on this laptop', () => {
	expect(missingNormSetScore({ ...phesRun, normSetKey: 'local-jakarta@3' })).toEqual({
		taskRunId: 'run-1',
		test: 'phes',
		covariates: manOf50,
		normSetId: 'local-jakarta',
		normSetVersion: 3,
		normSetChecksum: '',
		values: {},
		thresholds: {},
		flags: [],
		refusal: 'The chosen norm set local-jakarta@3 is not on this laptop.'
	});
});

describe('stroopModalityOf', () => {
	const trial = (phase: string, modality: string) => ({ values: { phase, modality } });
	it('is touch only when every test answer was by touch; practice does not count', () => {
		expect(stroopModalityOf([trial('practice', 'mouse'), trial('test', 'touch'), trial('test', 'touch')])).toBe('touch');
		expect(stroopModalityOf([])).toBe('touch');
	});

	it('else the commonest other modality', () => {
		expect(stroopModalityOf([trial('test', 'touch'), trial('test', 'key'), trial('test', 'mouse'), trial('test', 'key')])).toBe('key');
	});
});
