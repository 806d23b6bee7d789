import { expect, test } from '../support/app-test';

test('the storage-persistence status shows', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('storage-status')).toHaveText(/^Storage: (persistent|not persistent|persistence not supported)/);
	await expect(page.getByTestId('storage-status')).not.toHaveText('Storage: checking…');
});

test('the page is cross-origin isolated', async ({ page }) => {
	await page.goto('/');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('a clear message, not a blank page, when IndexedDB is unavailable', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { get: () => undefined });
	});
	await page.goto('/participants');
	await expect(page.getByRole('heading', { name: 'The database cannot be opened' })).toBeVisible();
	await expect(page.getByText('IndexedDB is not available in this browser.')).toBeVisible();
});

test('a clear message when an older tab blocks the database upgrade', async ({ page, context }) => {
	await page.goto('/');
	await expect(page.getByTestId('storage-status')).not.toHaveText('Storage: checking…');
	// An older tab keeps the database open at the current version; this tab then asks for a newer
	// one (as a new release would) and must say what is wrong instead of hanging on a blank page.
	const newer = await context.newPage();
	await newer.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (name: string, version?: number) {
			return open.call(this, name, version === undefined ? undefined : version + 1);
		};
	});
	await page.evaluate(() => {
		// the old tab ignores version-change requests, as a tab of an older release might
		indexedDB.open('hepcog');
	});
	await newer.goto('/participants');
	await expect(newer.getByRole('heading', { name: /holding the database|newer version/ })).toBeVisible();
});

test('the examiner can complete the participant form with the keyboard alone', async ({ page }) => {
	await page.goto('/participants/edit');
	await page.getByLabel('Participant code').focus();
	await page.keyboard.type('KEY-01');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2026-11-02'); // baseline date, typed YYYY-MM-DD in every UI language
	await page.keyboard.press('Tab'); // → birth: date known (radio)
	await page.keyboard.press('Tab'); // → date of birth
	await page.keyboard.type('1965-5-20'); // a one-digit month is padded
	const choose = async (key: string) => {
		await page.keyboard.press('Tab');
		await page.keyboard.type(key);
	};
	await choose('F'); // sex
	await choose('S'); // education level: SD… (first match)
	await page.keyboard.press('Tab'); // years proposed from the level: keep
	await choose('R'); // handedness
	await choose('B'); // arm: Best practice
	await page.keyboard.press('Tab');
	await page.keyboard.type('RSCM'); // site
	await page.keyboard.press('Tab'); // test language stays Bahasa Indonesia
	await page.keyboard.press('Tab'); // colour-vision method
	await page.keyboard.press('Tab'); // colour-vision result
	await page.keyboard.press('Tab'); // submit button
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Participant KEY-01' })).toBeVisible();
	await expect(page.getByText('6 years · SD (primary)')).toBeVisible();
});

test('every form control has a visible label', async ({ page }) => {
	for (const path of ['/participants/edit', '/settings', '/participants', '/export', '/import']) {
		await page.goto(path);
		await expect(page.locator('main input, main select, main textarea').first()).toBeVisible();
		const unlabelled = await page.locator('main input, main select, main textarea').evaluateAll((controls) =>
			controls
				.filter((control) => {
					const labels = (control as HTMLInputElement).labels;
					return !labels || ![...labels].some((label) => label.offsetParent !== null && label.textContent!.trim().length > 0);
				})
				.map((control) => control.outerHTML)
		);
		expect(unlabelled, path).toEqual([]);
	}
});
