import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';

// Benchmarks drive the production build, served cross-origin isolated like `npm start`.
const port = Number(process.env.BENCH_PORT ?? 4181);

export default defineConfig({
	testDir: 'bench',
	testMatch: '**/*.bench.ts',
	workers: 1,
	retries: 0,
	timeout: 20 * 60_000,
	reporter: [['line']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
	},
	webServer: {
		command: 'npm run build && npm run preview',
		env: { PORT: String(port) },
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
