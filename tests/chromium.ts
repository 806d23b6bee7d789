// Which Chromium the browser tests and benchmarks drive: CHROMIUM_PATH, else the system
// /usr/bin/chromium, else Playwright's own download. Fails early with an install hint.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
			'point CHROMIUM_PATH at a Chromium or Chrome binary, or run `npx playwright install chromium`.'
	);
}

/** Flags for a quiet, reproducible headless Chromium on a machine without internet access. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
