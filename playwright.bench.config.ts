import { defineConfig } from '@playwright/test';
import { appUnderTest } from './tests/playwright-app';

// Benchmarks are not tests: `npm run bench:*` runs them one at a time and prints their figures.
export default defineConfig({
	testDir: 'bench',
	testMatch: '**/*.bench.ts',
	workers: 1,
	retries: 0,
	timeout: 20 * 60_000,
	reporter: 'line',
	...appUnderTest(Number(process.env.BENCH_PORT ?? 4181))
});
