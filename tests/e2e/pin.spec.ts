import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { drawNct, startPhesItem } from '../support/phes-driver';
import { openDigitalPhes } from './support/phes';
import { createParticipant, listedCodes } from './support/participants';
import { openStroopStart, startParticipantMode } from './support/stroop';
import { pauseBox } from './support/pause-box';

// A laptop never started: these tests take the first start themselves.
test.use({ examinerPin: null });
test.describe.configure({ timeout: 120_000 });

const pin = '135790';
const unlockForm = (page: Page) => page.getByTestId('examiner-unlock');

async function firstStart(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByRole('heading', { name: 'Set the examiner PIN' })).toBeVisible();
	await page.getByLabel('New PIN (4 to 12 digits)').fill(pin);
	await page.getByLabel('The same PIN again').fill(pin);
	await page.getByRole('button', { name: 'Set the PIN' }).click();
	await expect(page.getByTestId('examiner-pin-setup')).toHaveCount(0);
}

/** The right PIN: the form goes and the page behind it shows. */
async function unlock(page: Page) {
	await unlockForm(page).getByLabel('Examiner PIN').fill(pin);
	await unlockForm(page).getByRole('button', { name: 'Unlock' }).click();
	await expect(unlockForm(page)).toHaveCount(0);
}

/** A PIN that does not open: the form stays. */
async function typePin(page: Page, typed: string) {
	await unlockForm(page).getByLabel('Examiner PIN').fill(typed);
	await unlockForm(page).getByRole('button', { name: 'Unlock' }).click();
	await expect(unlockForm(page).getByRole('button', { name: 'Unlock' })).toBeVisible();
}

test('first start sets the PIN, kept only as a salted PBKDF2 hash; no examiner page shows before it', async ({ page }) => {
	await page.goto('/participants');
	await expect(page.getByRole('heading', { name: 'Set the examiner PIN' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Participants' })).toHaveCount(0);

	await page.getByLabel('New PIN (4 to 12 digits)').fill('12');
	await page.getByLabel('The same PIN again').fill('12');
	await page.getByRole('button', { name: 'Set the PIN' }).click();
	await expect(page.getByText('The PIN must be 4 to 12 digits.')).toBeVisible();
	await page.getByLabel('New PIN (4 to 12 digits)').fill(pin);
	await page.getByLabel('The same PIN again').fill('135791');
	await page.getByRole('button', { name: 'Set the PIN' }).click();
	await expect(page.getByText('The two PINs differ.')).toBeVisible();
	await page.getByLabel('The same PIN again').fill(pin);
	await page.getByRole('button', { name: 'Set the PIN' }).click();
	await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();

	const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
	expect(JSON.stringify(stored)).not.toContain(pin);
	expect(JSON.parse(stored['hepcog.examiner-pin']!)).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000 });
	// Open pages stay open across a reload; the Lock button closes them.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
	await page.getByRole('button', { name: 'Lock' }).click();
	await expect(unlockForm(page)).toBeVisible();
	await page.goto('/settings');
	await expect(unlockForm(page)).toBeVisible();
	await expect(page.getByLabel('Study name')).toHaveCount(0);
	await typePin(page, '999999');
	await expect(page.getByText('Wrong PIN. After 4 more wrong PINs, entry is blocked for a minute.')).toBeVisible();
	await unlock(page);
	await expect(page.getByLabel('Study name')).toBeVisible();
});

test('the finish screen’s way out asks for the PIN, and so does every examiner address typed in meanwhile', async ({ page }) => {
	await firstStart(page);
	const input = await openDigitalPhes(page, 'PIN-FINISH');
	for (const name of ['Number connection test B', 'Digit symbol test', 'Serial dotting test', 'Line tracing test']) await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 30 });
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 40 });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await expect(unlockForm(page)).toBeVisible();
	await expect(page.getByText('Participant mode has ended. Type the examiner PIN to open the examiner pages.')).toBeVisible();
	await expect(page.getByTestId('sessions')).toHaveCount(0);
	for (const path of ['/participants', '/review', '/export', '/settings', '/']) {
		await page.goto(path);
		await expect(unlockForm(page)).toBeVisible();
		await expect(page.locator('main h1')).toHaveText('Examiner PIN');
	}
	await unlock(page);
	expect(await listedCodes(page)).toEqual(['PIN-FINISH']);
});

test('aborting from the pause screen leaves participant mode and asks for the PIN; a reload during a task asks too', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await firstStart(page);
	await openStroopStart(page, 'PIN-ABORT');
	await startParticipantMode(page, 'keyboard');
	await page.reload();
	await expect(unlockForm(page)).toBeVisible();
	await expect(page.getByRole('heading', { name: /Resume the Stroop test/ })).toHaveCount(0);
	await unlock(page);
	await page.getByRole('button', { name: 'Resume — participant mode' }).click();
	await expect(page.locator('.participant')).toBeVisible();

	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: pauseBox.abort }).click();
	await page.getByRole('button', { name: pauseBox.abortYes }).click();
	await expect(unlockForm(page)).toBeVisible();
	await expect(page.getByTestId('session-status')).toHaveCount(0);
	await unlock(page);
	await expect(page.getByTestId('session-status')).toHaveText('abandoned');
});

test('five wrong PINs block entry for a minute, even the right PIN', async ({ page }) => {
	await page.clock.install();
	await firstStart(page, '/participants');
	await page.getByRole('button', { name: 'Lock' }).click();
	for (let i = 0; i < 4; i++) await typePin(page, '000000');
	await unlockForm(page).getByLabel('Examiner PIN').fill('000000');
	await unlockForm(page).getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByText(/^Five wrong PINs: entry is blocked\. Try again in (60|59) s\.$/)).toBeVisible();
	await expect(unlockForm(page).getByRole('button', { name: 'Unlock' })).toBeDisabled();
	// A reload does not lift the block.
	await page.reload();
	await expect(unlockForm(page).getByRole('button', { name: 'Unlock' })).toBeDisabled();

	await page.clock.fastForward('01:01');
	await expect(unlockForm(page).getByRole('button', { name: 'Unlock' })).toBeEnabled();
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
});

test('examiner pages lock after the set minutes without use, open or reopened', async ({ page }) => {
	await page.clock.install();
	await firstStart(page, '/settings');
	await page.getByLabel('Lock the examiner pages after this many minutes without use').fill('2');
	await page.getByRole('button', { name: 'Save laptop settings' }).click();
	await expect(page.getByText('Laptop settings saved.')).toBeVisible();

	// Left open: locked once two minutes pass without input.
	await page.clock.fastForward('01:30');
	await expect(page.getByLabel('Study name')).toBeVisible();
	await page.clock.fastForward('00:45');
	await expect(unlockForm(page)).toBeVisible();
	await expect(page.getByText('The examiner pages were locked after 2 minutes without use.')).toBeVisible();
	await unlock(page);
	await expect(page.getByLabel('Study name')).toBeVisible();

	// Reopened (the laptop was shut) after the limit: the first page asks for the PIN.
	await page.evaluate(() => {
		const state = JSON.parse(localStorage.getItem('hepcog.examiner-lock')!);
		localStorage.setItem('hepcog.examiner-lock', JSON.stringify({ ...state, lastActivityAtMs: Date.now() - 3 * 60_000 }));
	});
	await page.goto('/participants');
	await expect(unlockForm(page)).toBeVisible();
});

test('a forgotten PIN is replaced by the documented procedure, and every record stays', async ({ page }) => {
	await firstStart(page);
	await createParticipant(page, { code: 'PIN-KEEP' });
	await page.getByRole('button', { name: 'Lock' }).click();
	await expect(unlockForm(page)).toBeVisible();

	// README › Examiner PIN: remove only the PIN's entry from this address's local storage, reload.
	await page.evaluate(() => localStorage.removeItem('hepcog.examiner-pin'));
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Set the examiner PIN' })).toBeVisible();
	await page.getByLabel('New PIN (4 to 12 digits)').fill('8642');
	await page.getByLabel('The same PIN again').fill('8642');
	await page.getByRole('button', { name: 'Set the PIN' }).click();
	await expect(page.getByTestId('examiner-pin-setup')).toHaveCount(0);
	expect(await listedCodes(page)).toEqual(['PIN-KEEP']);
});
