import { describe, expect, it } from 'vitest';
import { absPercentiles, errorStats, percentiles, seededRandom } from './stats';

describe('benchmark statistics', () => {
	it('summarise signed errors with mean, SD and the largest absolute errors', () => {
		const stats = errorStats([0.1, -0.3, 0.2, 0]);
		expect(stats).toEqual({ n: 4, mean: 0, sd: 0.216, p99: 0.3, max_abs: 0.3 });
	});

	it('take nearest-rank percentiles of absolute errors', () => {
		const errors = Array.from({ length: 100 }, (_, i) => (i % 2 ? -1 : 1) * (i + 1));
		expect(absPercentiles(errors)).toEqual({ p50: 50, p99: 99, max_abs: 100 });
	});

	it('take nearest-rank percentiles of signed values, the largest as p100', () => {
		const gaps = Array.from({ length: 100 }, (_, i) => 100 - i - 20);
		expect(percentiles(gaps, [50, 95, 100])).toEqual({ p50: 30, p95: 75, p100: 80 });
	});

	it('draw the same schedule from the same seed', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const draws = Array.from({ length: 5 }, () => a());
		expect(draws).toEqual(Array.from({ length: 5 }, () => b()));
		expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
	});
});
