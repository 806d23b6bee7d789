// What the browser tests and the benchmarks share: the production build served cross-origin
// isolated on a port of their own, driven in the chosen Chromium. The browser tests also get the
// same build from a plain static server that sends no special headers (`staticAppUrl`), where only
// the service worker makes the app isolated.
import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

/** The plain static server's port: E2E_STATIC_PORT, else 100 above the app's port. */
export function staticPort(port: number): number {
	return Number(process.env.E2E_STATIC_PORT ?? port + 100);
}

export function appUnderTest(port: number, options: { plainStaticServer?: boolean } = {}): Pick<PlaywrightTestConfig, 'use' | 'webServer'> {
	const preview = {
		command: 'npm run build && npm run preview',
		env: { PORT: String(port) },
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000
	};
	// Serves build/ as it is on each request, so it may start before the build is written.
	const plainStatic = {
		command: `node scripts/serve-static.mjs --port ${staticPort(port)}`,
		port: staticPort(port),
		reuseExistingServer: false,
		timeout: 30_000
	};
	return {
		use: {
			baseURL: `http://localhost:${port}`,
			browserName: 'chromium',
			launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
			// The feature tests and benchmarks run against the server that sends the isolation
			// headers itself; the service worker (which precaches every file on the first visit, work
			// that would compete with the first seconds of each test) is tested on the plain static
			// server by tests/e2e/offline*.spec.ts, which allow it.
			serviceWorkers: 'block',
			trace: 'off'
		},
		webServer: options.plainStaticServer ? [preview, plainStatic] : preview
	};
}
