import { describe, expect, it } from 'vitest';
import { builtinNormSet } from './norm-sets/builtin/index';
import type { Person } from './covariates';
import type { StroopNormSet } from './norm-sets/norm-set';
import { cutoffVerdict, scoreStroop, type StroopSummary } from './stroop-score';

const nobody: Person = { ageYears: null, educationYears: null, sex: null };
const touch = { modality: 'touch' } as const;
const set = (id: string) => builtinNormSet(id) as StroopNormSet;
const summary = (total: number, off = total / 2): StroopSummary => ({ total_time_s: total, off_time_s: off, on_time_s: total - off });

describe('scoreStroop with published cutoffs (abnormal if greater)', () => {
	it.each<[string, number]>([
		['us-encephalapp-2015', 190],
		['us-encephalapp-2013', 274.9],
		['china-2019', 186.63],
		['china-nonalcoholic-2024', 205.86],
		['brazil-2022', 269.8]
	])('%s: %s s is normal, a hundredth more is abnormal', async (id, cutoff) => {
		const atCutoff = await scoreStroop(summary(cutoff, 50), nobody, set(id), touch);
		const above = await scoreStroop(summary(cutoff + 0.01, 50), nobody, set(id), touch);
		expect(atCutoff.ok && atCutoff.abnormal).toBe(false);
		expect(above.ok && above.abnormal).toBe(true);
	});

	it.each<[string, number]>([
		['china-2019', 97.34],
		['china-nonalcoholic-2024', 101.93]
	])('%s also judges the Off time alone (> %s s)', async (id, offCutoff) => {
		const result = await scoreStroop(summary(150, offCutoff + 0.01), nobody, set(id), touch);
		expect(result.ok && result.values.off_time_s).toMatchObject({ kind: 'cutoff', abnormal: true, abnormalAbove: offCutoff });
		expect(result.ok && result.abnormal).toBe(false);
	});

	it('uses strict inequalities for both sides of a cutoff', () => {
		const model = { kind: 'cutoff', abnormalAbove: 200, abnormalBelow: 20 } as const;
		expect([19.9, 20, 200, 200.1].map((raw) => cutoffVerdict(raw, model))).toEqual([true, false, false, true]);
	});

	it.each<['mouse' | 'pen' | 'key' | 'touch', string[]]>([
		['touch', []],
		['mouse', ['modality_differs_from_norms']],
		['pen', ['modality_differs_from_norms']],
		['key', ['modality_differs_from_norms']]
	])('a %s session on touch norms gives flags %j', async (modality, flags) => {
		const result = await scoreStroop(summary(180), nobody, set('us-encephalapp-2015'), { modality });
		expect(result.ok && result.flags).toEqual(flags);
	});

	it('does not flag the modality for a set made on laptops', async () => {
		const result = await scoreStroop(summary(180), nobody, { ...set('us-encephalapp-2015'), administration: 'digital' }, { modality: 'key' });
		expect(result.ok && result.flags).toEqual([]);
	});

	it.each<[string, Partial<StroopSummary>, RegExp]>([
		['a missing total', { total_time_s: null }, /total_time_s is missing/],
		['a zero total', { total_time_s: 0 }, /above 0 s/]
	])('refuses %s', async (_what, change, reason) => {
		const result = await scoreStroop({ ...summary(180), ...change }, nobody, set('china-2019'), touch);
		expect(!result.ok && result.reason).toMatch(reason);
	});
});

describe('scoreStroop with a regression norm', () => {
	// Illustrative numbers: ln(total) = 4.8 + 0.01·age, s = 0.2; for age 50 the expected total is e^5.3 ≈ 200.3 s.
	const regression: StroopNormSet = {
		...set('us-encephalapp-2015'),
		id: 'example-regression',
		covariateRanges: { ageYears: { min: 30, max: 80 } },
		values: { total_time_s: { kind: 'regression', transform: 'ln', intercept: 4.8, coefficients: { ageYears: 0.01 }, residualSd: 0.2, direction: 'higher_worse' } }
	};

	it('gives the predicted time, thresholds, z and band', async () => {
		const raw = Math.exp(5.3 + 2 * 0.2);
		const result = await scoreStroop(summary(raw), { ...nobody, ageYears: 50 }, regression, touch);
		const total = result.ok ? result.values.total_time_s : undefined;
		expect(total?.kind).toBe('regression');
		if (total?.kind !== 'regression') return;
		expect(total.predicted).toBeCloseTo(Math.exp(5.3), 9);
		expect(total.thresholds[2]).toBeCloseTo(raw, 9);
		expect(total.z).toBeCloseTo(2, 9);
		expect(total.band).toBe(-2);
		expect(result.ok && result.abnormal).toBeNull();
	});

	it('refuses without the age it needs', async () => {
		expect(await scoreStroop(summary(200), nobody, regression, touch)).toEqual({ ok: false, reason: expect.stringMatching(/missing age/), flags: ['missing_covariate'] });
	});

	it('flags or refuses an age outside the sample', async () => {
		const flagged = await scoreStroop(summary(200), { ...nobody, ageYears: 85 }, regression, touch);
		const refused = await scoreStroop(summary(200), { ...nobody, ageYears: 85 }, { ...regression, outOfRange: 'refuse' }, touch);
		expect(flagged.ok && flagged.flags).toEqual(['outside_norm_range']);
		expect(refused).toMatchObject({ ok: false, flags: ['outside_norm_range'] });
	});
});
