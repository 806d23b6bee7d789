// The `test` every browser test and benchmark uses: Playwright's, with what a fresh laptop needs
// before the examiner pages can be used. Import `test` and `expect` from here, never from
// '@playwright/test' directly, so that first-start steps are taken in one place.
//
// First start: every new browser context (the test's own, and any made with `browser.newContext`
// or `browser.newPage` during the test) starts with the examiner PIN set and the examiner pages
// open, as after an examiner's first start; whenever the app asks for the PIN later (leaving
// participant mode, a reload during it, inactivity) the PIN is typed in. A spec about the lock
// itself opts out with `test.use({ examinerPin: null })` and meets a laptop never started.
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { hashPin } from '../../src/lib/session/examiner-lock/pin-hash';
import { lockKey, pinKey } from '../../src/lib/session/examiner-lock/laptop-store';
import { afterAttempt, lockedState } from '../../src/lib/session/examiner-lock/lock-policy';

/** The PIN every prepared context is started with, unless a spec sets `examinerPin`. */
export const examinerPin = '2468';

export interface FirstStartOptions {
	/** The PIN set at first start in each new context; null leaves every context a laptop never started. */
	examinerPin: string | null;
}

const pinRecords = new Map<string, Promise<string>>();
/** Hashed once per worker and PIN, exactly as the app hashes a PIN set at first start. */
function pinRecordJson(pin: string): Promise<string> {
	if (!pinRecords.has(pin)) pinRecords.set(pin, hashPin(pin).then((hash) => JSON.stringify(hash)));
	return pinRecords.get(pin)!;
}

const answering = new WeakSet<Page>();

/** Types the PIN whenever the app shows its unlock form (once per page, however often it is asked). */
export async function unlockWhenAsked(page: Page, pin: string): Promise<void> {
	if (answering.has(page)) return;
	answering.add(page);
	await page.addLocatorHandler(page.getByTestId('examiner-unlock'), async (form) => {
		await form.locator('input[type=password]').fill(pin);
		await form.locator('button[type=submit]').click();
	});
}

const prepared = new WeakSet<BrowserContext>();

/** First start in this context: the PIN's hash stored and the pages open, before the app's first script runs. */
async function prepareContext(context: BrowserContext, pin: string): Promise<void> {
	if (prepared.has(context)) return;
	prepared.add(context);
	const openState = JSON.stringify(afterAttempt(lockedState('first-start'), true, 0));
	await context.addInitScript(
		({ pinKey, pinRecord, lockKey, openState }) => {
			try {
				// Only in a context never started: later loads find what the app left there.
				if (localStorage.getItem(pinKey) !== null) return;
				localStorage.setItem(pinKey, pinRecord);
				localStorage.setItem(lockKey, JSON.stringify({ ...JSON.parse(openState), lastActivityAtMs: Date.now() }));
			} catch {
				// about:blank and other pages without storage of their own
			}
		},
		{ pinKey, pinRecord: await pinRecordJson(pin), lockKey, openState }
	);
	context.on('page', (page) => void unlockWhenAsked(page, pin));
	for (const page of context.pages()) await unlockWhenAsked(page, pin);
}

export const test = base.extend<FirstStartOptions & { firstStart: void }>({
	examinerPin: [examinerPin, { option: true }],
	context: async ({ context, examinerPin }, use) => {
		if (examinerPin !== null) await prepareContext(context, examinerPin);
		await use(context);
	},
	page: async ({ page, examinerPin }, use) => {
		// The context's 'page' event came before this fixture could listen for it.
		if (examinerPin !== null) await unlockWhenAsked(page, examinerPin);
		await use(page);
	},
	// Contexts a test makes itself (another laptop, a fresh browser) are started the same way.
	firstStart: [
		async ({ browser, examinerPin }, use) => {
			if (examinerPin === null) return use();
			const newContext = browser.newContext;
			browser.newContext = async function (this: Browser, ...args: Parameters<Browser['newContext']>) {
				const context = await newContext.apply(this, args);
				await prepareContext(context, examinerPin);
				return context;
			};
			try {
				await use();
			} finally {
				browser.newContext = newContext;
			}
		},
		{ auto: true }
	]
});

export { expect };
