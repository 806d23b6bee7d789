// Summary statistics of measurement errors, as the benchmarks report them.
import { mulberry32 } from '../src/lib/tasks/shared/random';

export interface ErrorStats {
	n: number;
	mean: number;
	sd: number;
	p99: number;
	max_abs: number;
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number) => Number(value.toFixed(4));

/** Mean and SD of the signed errors; p99 and max of their absolute values (ms). */
export function errorStats(errors: readonly number[]): ErrorStats {
	const n = errors.length;
	const mean = errors.reduce((a, b) => a + b, 0) / n;
	const sd = Math.sqrt(errors.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
	const abs = errors.map(Math.abs).sort((a, b) => a - b);
	return { n, mean: round(mean), sd: round(sd), p99: round(percentile(abs, 99)), max_abs: round(abs[n - 1] ?? NaN) };
}

/** Nearest-rank percentiles of the values as they are (signed, not absolute), e.g. p50, p95 and max of gaps. */
export function percentiles<P extends number>(values: readonly number[], ps: readonly P[]): Record<`p${P}`, number> {
	const sorted = [...values].sort((x, y) => x - y);
	return Object.fromEntries(ps.map((p) => [`p${p}`, Number(percentile(sorted, p).toFixed(3))])) as Record<`p${P}`, number>;
}

export function absPercentiles(errors: readonly number[]): { p50: number; p99: number; max_abs: number } {
	const abs = errors.map(Math.abs).sort((a, b) => a - b);
	return { p50: round(percentile(abs, 50)), p99: round(percentile(abs, 99)), max_abs: round(abs[abs.length - 1] ?? NaN) };
}

/** A seeded generator, so every benchmark run injects the same schedule. */
export const seededRandom = (seed: number) => mulberry32(seed >>> 0);
