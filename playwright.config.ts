import { defineConfig } from '@playwright/test';
import { appUnderTest } from './tests/playwright-app';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: 'list',
	...appUnderTest(Number(process.env.E2E_PORT ?? 4180))
});
