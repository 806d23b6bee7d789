import { describe, expect, it } from 'vitest';
import type { RegressionModel } from '../scoring/norm-sets/norm-set';
import { normScatter } from '../scoring/local-norms/norm-scatter';
import { bandPoints, normChartColours, normScatterChartConfig, yAxisMin } from './norm-chart-config';

// German H2019 NCT-A: ln(time) = 2.641457 + 0.010871 · age, residual SD √0.079413.
const ncta: RegressionModel = { kind: 'regression', transform: 'ln', intercept: 2.641457, coefficients: { ageYears: 0.010871 }, residualSd: Math.sqrt(0.079413), direction: 'higher_worse' };
const row = (age: number, raw: number) => ({ x: age, covariates: { ageYears: age }, raw, transformed: Math.log(raw), fittedTransformed: 2.641457 + 0.010871 * age });
const scatter = normScatter({ axis: 'ageYears', model: ncta, dummies: {}, rows: [row(30, 20), row(50, 30), row(70, 28)] });

describe('normScatterChartConfig', () => {
	const config = normScatterChartConfig({ scatter, valueLabel: 'NCT-A time (s)', axisLabel: 'Age (years)' });
	const datasets = config.data.datasets;

	it('draws the controls, the fitted line and three bands, without animation', () => {
		expect(config.type).toBe('scatter');
		expect(config.options?.animation).toBe(false);
		expect(datasets.map((d) => d.label)).toEqual(['Healthy controls', 'Expected (fitted, 0 SD)', '±1 SD', '±2 SD', '±3 SD']);
		expect(datasets[0]?.data).toEqual([
			{ x: 30, y: 20 },
			{ x: 50, y: 30 },
			{ x: 70, y: 28 }
		]);
		expect(datasets[0]?.showLine).toBe(false);
		expect(datasets.slice(1).every((d) => d.showLine && d.pointRadius === 0)).toBe(true);
	});

	it('puts the fitted expectation in raw units: a 50-year-old expects 24.2 s, +1 SD at 32.0 s', () => {
		const atFifty = scatter.line.findIndex((p) => Math.abs(p.x - 50) < 1e-9);
		expect(atFifty).toBeGreaterThan(0);
		expect(datasets[1]?.data[atFifty]?.y).toBeCloseTo(24.17, 2);
		expect(datasets[2]?.data[atFifty]?.y).toBeCloseTo(32.02, 1);
	});

	it('keeps each band’s upper and lower line apart with one gap', () => {
		const band = bandPoints(scatter, 2);
		expect(band).toHaveLength(2 * scatter.line.length + 1);
		const gap = band[scatter.line.length]!;
		expect(Number.isNaN(gap.y)).toBe(true);
		expect(band[0]!.y).toBeGreaterThan(band[scatter.line.length + 1]!.y);
		expect(band[0]!.y).toBeCloseTo(Math.exp(2.641457 + 0.010871 * 30 + 2 * Math.sqrt(0.079413)), 6);
		expect(bandPoints({ ...scatter, line: [] }, 1)).toEqual([]);
	});

	it('uses Okabe–Ito colours and names both axes', () => {
		expect(datasets.map((d) => d.borderColor)).toEqual([normChartColours.controls, normChartColours.expected, normChartColours.sd1, normChartColours.sd2, normChartColours.sd3]);
		expect(config.options?.scales?.x?.title).toMatchObject({ display: true, text: 'Age (years)' });
		expect(config.options?.scales?.y?.title).toMatchObject({ display: true, text: 'NCT-A time (s)' });
	});

	it('is plain data (no functions), so it can be snapshotted and compared', () => {
		expect(JSON.parse(JSON.stringify(config, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v)))).toBeTruthy();
		const hasFunction = (v: unknown): boolean => typeof v === 'function' || (typeof v === 'object' && v !== null && Object.values(v).some(hasFunction));
		expect(hasFunction(config)).toBe(false);
	});
});

describe('yAxisMin', () => {
	it('starts at 0 only when a band goes below 0 (LTT errors on the √ scale)', () => {
		expect(yAxisMin(scatter)).toBeUndefined();
		const errors: RegressionModel = { kind: 'regression', transform: 'sqrt', intercept: 0.5, coefficients: { ageYears: 0.01 }, residualSd: 0.6, direction: 'higher_worse' };
		const lowErrors = normScatter({
			axis: 'ageYears',
			model: errors,
			dummies: {},
			rows: [30, 50, 70].map((age) => ({ x: age, covariates: { ageYears: age }, raw: 1, transformed: 1, fittedTransformed: 0.5 + 0.01 * age }))
		});
		expect(Math.min(...lowErrors.line.map((p) => p.raw[-3]))).toBeLessThan(0);
		expect(yAxisMin(lowErrors)).toBe(0);
		expect(normScatterChartConfig({ scatter: lowErrors, valueLabel: 'LTT errors', axisLabel: 'Age (years)' }).options?.scales?.y?.min).toBe(0);
	});
});
