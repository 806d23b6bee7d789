// The installed app as a clinic uses it: built files on a plain static server that sends no
// special headers. After the first visit the service worker alone makes the app cross-origin
// isolated and serves it with no network at all; no request ever leaves the app's origin.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { drawNct, startPhesItem } from '../support/phes-driver';
import { StampedInput } from '../support/stamped-input';
import { driveStroop } from '../support/stroop-driver';
import { createParticipant } from './support/participants';
import { startParticipantMode } from './support/stroop';
import { pauseBox } from './support/pause-box';

const staticUrl = process.env.E2E_STATIC_URL!;
test.use({ baseURL: staticUrl, serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

/** Every request the browser makes to another origin (pages, worker, everything), by address. */
function requestsLeavingTheOrigin(context: BrowserContext): string[] {
	const outside: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== staticUrl) outside.push(request.url());
	});
	return outside;
}

/** Content-security-policy violations the page reports, collected from before its scripts run. */
async function collectPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** First visit: the worker installs, takes control, and the page reloads once, isolated. */
async function firstVisit(page: Page): Promise<void> {
	await page.goto('/');
	await page.waitForFunction(() => globalThis.crossOriginIsolated === true && navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
	await expect(page.getByTestId('app-version')).toContainText(/hepcog \d+\.\d+\.\d+ · commit \w+/);
}

test('the plain static server sends no isolation or security headers', async ({ request }) => {
	const response = await request.get('/');
	expect(response.ok()).toBe(true);
	const names = Object.keys(response.headers());
	expect(names).not.toContain('cross-origin-opener-policy');
	expect(names).not.toContain('cross-origin-embedder-policy');
	expect(names).not.toContain('content-security-policy');
});

test('after the first visit the app is isolated, and reloads, navigates and runs a Stroop and a PHES practice offline', async ({ page, context }) => {
	const outside = requestsLeavingTheOrigin(context);
	const violations = await collectPolicyViolations(page);
	page.on('dialog', (dialog) => void dialog.accept());
	await firstVisit(page);

	await context.setOffline(true);
	const reloaded = await page.reload();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
	// The page and its files come from the worker, with the headers the static server never sent.
	expect(reloaded?.fromServiceWorker()).toBe(true);
	const asset = await page.evaluate(async () => Object.fromEntries((await fetch('/manifest.webmanifest')).headers));
	for (const headers of [reloaded!.headers(), asset]) {
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
		expect(headers['content-security-policy']).toMatch(/^default-src 'self';/);
	}
	expect(reloaded!.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);

	// A participant and their visit, made and opened with no network.
	await createParticipant(page, { code: 'OFF-001' });
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Participant OFF-001' })).toBeVisible();
	await page.getByRole('link', { name: 'Baseline' }).click();
	await expect(page).toHaveURL(/\/visits\?/);
	const visitUrl = page.url();

	// A Stroop practice, answered correctly until the first scored stimulus shows.
	await page.getByRole('link', { name: 'Start the Stroop test' }).click();
	await expect(page.getByTestId('device-check')).toBeVisible();
	expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
	const input = await StampedInput.attach(page);
	await startParticipantMode(page, 'keyboard');
	let practiceAnswers = 0;
	for (;;) {
		const [answer] = await driveStroop(page, input, () => ({ rtMs: 400, via: 'key' }), { stopAfter: 1 });
		if (answer!.phase === 'test') break;
		practiceAnswers += 1;
	}
	expect(practiceAnswers).toBeGreaterThan(0);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: pauseBox.abort }).click();
	await page.getByRole('button', { name: pauseBox.abortYes }).click();
	await expect(page.getByTestId('session-status')).toHaveText('abandoned');
	await expect(page.getByTestId('trials').locator('tbody tr')).toHaveCount(practiceAnswers + 1);

	// A digital PHES practice item, from a fresh offline page load of the visit.
	await page.goto(visitUrl);
	await page.getByRole('link', { name: 'Start the digital PHES' }).click();
	await expect(page.getByTestId('device-check')).toContainText('· cross-origin isolated');
	const pointer = await StampedInput.attach(page);
	await page.getByLabel('Examiner').fill('Examiner A');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	await startPhesItem(page, 'ncta');
	await expect(page.locator('.participant[data-screen=practice][data-subtest=ncta]')).toBeVisible();
	await drawNct(page, pointer, { stepMs: 40 });
	await expect(page.locator('.participant[data-screen=instructions][data-subtest=ncta]')).toBeVisible();

	expect(outside).toEqual([]);
	expect(await violations()).toEqual([]);
});

/** A copy of the build on a plain static server of its own, so a test can deploy a next version. */
async function deployedCopy(): Promise<{ url: string; dir: string; server: ChildProcess }> {
	const dir = await mkdtemp(join(tmpdir(), 'hepcog-deploy-'));
	await cp('build', dir, { recursive: true });
	const port = Number(new URL(staticUrl).port) + 50; // clear of the other test servers
	const server = spawn(process.execPath, ['scripts/serve-static.mjs', '--port', String(port), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve, reject) => {
		server.stdout!.once('data', () => resolve());
		server.once('exit', (code) => reject(new Error(`the static server stopped (${code})`)));
	});
	return { url: `http://localhost:${port}`, dir, server };
}

test('a new version waits for the examiner: never applied on a participant page, applied when accepted', async ({ page }) => {
	const deployed = await deployedCopy();
	try {
		await page.goto(`${deployed.url}/`);
		await page.waitForFunction(() => globalThis.crossOriginIsolated === true && navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
		// The next build is deployed: its worker differs (here by one comment).
		await appendFile(join(deployed.dir, 'service-worker.js'), '\n// next version\n');
		const waitingVersion = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

		await page.goto(`${deployed.url}/run`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect.poll(waitingVersion).toBe('installed');
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);
		await page.waitForTimeout(500); // nothing reloads or takes over here by itself
		expect(await waitingVersion()).toBe('installed');
		await expect(page).toHaveURL(/\/run$/);

		await page.goto(`${deployed.url}/participants`);
		await expect(page.getByTestId('update-prompt')).toBeVisible();
		await page.getByRole('button', { name: 'Later' }).click();
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);
		expect(await waitingVersion()).toBe('installed');

		await page.reload();
		await page.evaluate(() => ((window as unknown as { __beforeUpdate: boolean }).__beforeUpdate = true));
		await page.getByRole('button', { name: 'Update now' }).click();
		// The new worker takes over and the page reloads with it (the marker is gone), isolated.
		await page.waitForFunction(async () => !('__beforeUpdate' in window) && (await navigator.serviceWorker.getRegistration())?.waiting === null && globalThis.crossOriginIsolated === true);
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
	} finally {
		deployed.server.kill();
		await rm(deployed.dir, { recursive: true, force: true });
	}
});

test.describe('without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a session run on a page that is not isolated is flagged in its results', async ({ page }) => {
		page.on('dialog', (dialog) => void dialog.accept());
		await createParticipant(page, { code: 'OFF-NOISO' });
		await page.getByRole('link', { name: 'Baseline' }).click();
		await page.getByRole('link', { name: 'Start the Stroop test' }).click();
		await expect(page.getByTestId('device-check')).toBeVisible();
		expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
		const input = await StampedInput.attach(page);
		await startParticipantMode(page, 'keyboard');
		await driveStroop(page, input, () => ({ rtMs: 400, via: 'key' }), { stopAfter: 1 });
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: pauseBox.abort }).click();
		await page.getByRole('button', { name: pauseBox.abortYes }).click();
		await expect(page.getByTestId('session-status')).toHaveText('abandoned');
		await expect(page.locator('[data-testid=session-flag][data-flag=not_cross_origin_isolated]')).toBeVisible();
	});
});
