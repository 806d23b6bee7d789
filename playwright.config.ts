import { defineConfig } from '@playwright/test';
import { appUnderTest, staticPort } from './tests/playwright-app';

const port = Number(process.env.E2E_PORT ?? 4180);
process.env.E2E_STATIC_URL = `http://localhost:${staticPort(port)}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: 'list',
	...appUnderTest(port, { plainStaticServer: true })
});
