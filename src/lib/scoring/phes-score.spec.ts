import { describe, expect, it } from 'vitest';
import { germanH2019, germanH2019v1 } from './norm-sets/builtin/index';
import { normSetChecksum } from './norm-sets/checksum';
import type { Person } from './covariates';
import type { PhesNormSet } from './norm-sets/norm-set';
import { scorePhes, type PhesRaw } from './phes-score';

const man50: Person = { ageYears: 50, educationYears: 12, sex: 'm' };
const typical: PhesRaw = { ncta_s: 24, nctb_s: 63, dst_count: 48, sdt_s: 38, ltt_s: 74, ltt_errors: 26 };
// Each value just past its −1 threshold for man50 (T(+1): 32.0, 83.2, 50.2 errors; DST T(−1) 41.0).
const slightlyWorse: PhesRaw = { ncta_s: 32.1, nctb_s: 83.2, dst_count: 41, sdt_s: 44.8, ltt_s: 97.7, ltt_errors: 51 };
const paper = { administration: 'paper', dstTimeLimitS: 90 } as const;
const ranged: PhesNormSet = { ...germanH2019, covariateRanges: { ageYears: { min: 30, max: 80 } } };

describe('scorePhes with the German H2019 set', () => {
	it('scores a typical 50-year-old 0 on every value', async () => {
		const result = await scorePhes(typical, man50, germanH2019, paper);
		expect(result).toMatchObject({
			ok: true,
			values: { ncta_score: 0, nctb_score: 0, dst_score: 0, sdt_score: 0, ltt_time_score: 0, ltt_errors_score: 0 },
			total: 0,
			abnormal: false,
			flags: [],
			covariates: { ageYears: 50, E2: 1, E3: 0, E23: 1, female: 0 }
		});
		expect(result.ok && result.thresholds.ncta_s?.[1]).toBeCloseTo(32.0, 1);
	});

	it('records the exact norm set used', async () => {
		const result = await scorePhes(typical, man50, germanH2019, paper);
		expect(result.ok && result.normSet).toEqual({ id: 'german-h2019', version: 2, checksum: await normSetChecksum(germanH2019) });
	});

	it('sums −1 on six values to −6, which is abnormal', async () => {
		const result = await scorePhes(slightlyWorse, man50, germanH2019, paper);
		expect(result.ok && result.values).toEqual({ ncta_score: -1, nctb_score: -1, dst_score: -1, sdt_score: -1, ltt_time_score: -1, ltt_errors_score: -1 });
		expect(result.ok && [result.total, result.abnormal]).toEqual([-6, true]);
	});

	it.each<[number, boolean]>([
		[-4, false],
		[-5, true]
	])('a total of %i is abnormal: %s (cutoff ≤ −5)', async (total, abnormal) => {
		const raw: PhesRaw = { ...typical, ...Object.fromEntries(Object.entries(slightlyWorse).slice(0, -total)) };
		const result = await scorePhes(raw, man50, germanH2019, paper);
		expect(result.ok && [result.total, result.abnormal]).toEqual([total, abnormal]);
	});

	it('follows the cutoff of the set', async () => {
		const result = await scorePhes({ ...typical, ncta_s: 32.1, nctb_s: 83.2, dst_count: 41, sdt_s: 44.8 }, man50, { ...germanH2019, abnormalTotalAtMost: -4 }, paper);
		expect(result.ok && [result.total, result.abnormal]).toEqual([-4, true]);
	});

	it('bands a DST of 0 as −3 on the raw scale', async () => {
		const result = await scorePhes({ ...typical, dst_count: 0 }, man50, germanH2019, paper);
		expect(result.ok && result.values.dst_score).toBe(-3);
	});

	it.each<[string, Partial<PhesRaw>, RegExp]>([
		['a missing time', { sdt_s: null }, /sdt_s is missing/],
		['a zero time', { ncta_s: 0 }, /ncta_s must be a time above 0 s, got 0/],
		['a negative time', { ltt_s: -3 }, /ltt_s must be a time above 0 s/],
		['a fractional count', { dst_count: 40.5 }, /dst_count must be a whole count/],
		['a negative count', { ltt_errors: -1 }, /ltt_errors must be a whole count/],
		['NaN', { nctb_s: Number.NaN }, /nctb_s is missing/]
	])('refuses %s with a reason', async (_what, change, reason) => {
		const result = await scorePhes({ ...typical, ...change }, man50, germanH2019, paper);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(reason);
	});

	it('refuses without sex, naming it, with missing_covariate (never a silent default)', async () => {
		const result = await scorePhes(typical, { ...man50, sex: null }, germanH2019, paper);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/missing sex \(for the covariate female\)/), flags: ['missing_covariate'] });
	});

	it('scores outside the sample range with outside_norm_range when the set says flag', async () => {
		const result = await scorePhes(typical, { ...man50, ageYears: 19 }, ranged, paper);
		expect(result.ok && result.flags).toEqual(['outside_norm_range']);
		expect(result.ok && result.notes.join(' ')).toMatch(/age 19 years is outside the norm sample's 30–80 years/);
	});

	it('refuses outside the sample range when the set says refuse', async () => {
		const result = await scorePhes(typical, { ...man50, ageYears: 19 }, { ...ranged, outOfRange: 'refuse' }, paper);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/does not score people outside its sample: age 19/), flags: ['outside_norm_range'] });
	});

	it('flags paper norms applied to a digital administration', async () => {
		const result = await scorePhes(typical, man50, germanH2019, { administration: 'digital', dstTimeLimitS: 90 });
		expect(result.ok && result.flags).toEqual(['paper_norms_on_digital']);
	});

	it.each<[PhesNormSet['administration'], 'paper' | 'digital', string[]]>([
		['paper', 'paper', []],
		['digital', 'digital', []],
		['digital', 'paper', ['digital_norms_on_paper']],
		['any', 'digital', []]
	])('a %s set on a %s administration gives flags %j', async (setAdministration, administration, flags) => {
		const result = await scorePhes(typical, man50, { ...germanH2019, administration: setAdministration }, { administration, dstTimeLimitS: 90 });
		expect(result.ok && result.flags).toEqual(flags);
	});

	it('refuses a set whose checksum does not match its content', async () => {
		const result = await scorePhes(typical, man50, { ...germanH2019, checksum: '0'.repeat(64) }, paper);
		expect(!result.ok && result.reason).toMatch(/changed after its checksum was taken/);
	});

	it('refuses a Stroop set', async () => {
		const stroopSet = { ...germanH2019, test: 'stroop' } as unknown as PhesNormSet;
		expect(await scorePhes(typical, man50, stroopSet, paper)).toMatchObject({ ok: false, reason: /not a PHES norm set/ });
	});

	it('merges LTT time and errors in the phes5 scheme with the set’s weight', async () => {
		const { ltt_s, ltt_errors: _errors, ...values } = germanH2019.values;
		// Illustrative weight for the test; a real phes5 set takes it from its source paper.
		const phes5: PhesNormSet = { ...germanH2019, scheme: 'phes5', lttErrorPenaltyS: 2, values: { ...values, ltt_combined: ltt_s! } };
		const result = await scorePhes({ ...typical, ltt_s: 60, ltt_errors: 20 }, man50, phes5, paper);
		expect(result.ok && result.raw.ltt_combined).toBe(100);
		expect(result.ok && result.values).toEqual({ ncta_score: 0, nctb_score: 0, dst_score: 0, sdt_score: 0, ltt_combined_score: -1 });
	});
});

describe('scorePhes and the DST time limit (German H2019: 90 s norms)', () => {
	// A man of 50 with 12 school years who did 60 symbols in 120 s: at 90 s norms 60 is ≥ T(+1) 56.6,
	// so scoring the count as if given in 90 s would make him better than normal on the DST.
	const at120 = { ...typical, dst_count: 60 };
	const given120 = { administration: 'paper', dstTimeLimitS: 120 } as const;

	it('refuses a DST given with 120 s, and so the total, saying why', async () => {
		const result = await scorePhes(at120, man50, germanH2019, given120);
		expect(result).toEqual({ ok: false, reason: "DST given with a 120 s limit; the norm set's DST norms are for 90 s.", flags: [] });
	});

	it('rescales it linearly and flags the score when the set allows it', async () => {
		const result = await scorePhes(at120, man50, { ...germanH2019, dstRescaling: 'linear' }, given120);
		expect(result.ok && result.raw.dst_count).toBe(45);
		expect(result.ok && result.values.dst_score).toBe(0);
		expect(result.ok && result.flags).toEqual(['dst_rescaled']);
		expect(result.ok && result.notes).toEqual(["DST given with a 120 s limit; the norm set's DST norms are for 90 s: the count was rescaled linearly, 60 × 90 / 120 = 45."]);
	});

	it('refuses a DST whose limit was not recorded', async () => {
		const result = await scorePhes(typical, man50, germanH2019, { administration: 'paper', dstTimeLimitS: null });
		expect(!result.ok && result.reason).toMatch(/^The DST time limit of this PHES was not recorded; the norm set's DST norms are for 90 s/);
	});

	it('refuses any DST with a set that does not declare its limit (German H2019 version 1)', async () => {
		const result = await scorePhes(typical, man50, germanH2019v1, paper);
		expect(!result.ok && result.reason).toMatch(/^Norm set german-h2019 v1 does not declare the DST time limit its norms were made with/);
	});

	it('scores a matching limit as before: 90 s with 90 s norms, 120 s with 120 s norms', async () => {
		expect(await scorePhes(at120, man50, germanH2019, paper)).toMatchObject({ ok: true, values: { dst_score: 1 }, total: 1, flags: [] });
		expect(await scorePhes(at120, man50, { ...germanH2019, dstTimeLimitS: 120 }, given120)).toMatchObject({ ok: true, values: { dst_score: 1 }, total: 1, flags: [] });
	});
});
