// What the browser tests and the benchmarks share: the production build served cross-origin
// isolated on a port of their own, driven in the chosen Chromium.
import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

export function appUnderTest(port: number): Pick<PlaywrightTestConfig, 'use' | 'webServer'> {
	return {
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
	};
}
