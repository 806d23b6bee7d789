import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';

// The browser tests run against the production build, served cross-origin isolated like `npm start`.
const port = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
		trace: 'off'
	},
	webServer: {
		command: 'npm run build && npm run preview',
		env: { PORT: String(port) },
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
