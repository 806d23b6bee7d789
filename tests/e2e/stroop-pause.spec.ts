import { expect, test } from '../support/app-test';
import { StampedInput } from '../support/stamped-input';
import { driveStroop } from '../support/stroop-driver';
import { openStroopStart, startParticipantMode } from './support/stroop';

test.describe.configure({ timeout: 120_000 });

test('the participant cannot leave; the examiner pauses, continues, and aborts with a confirmation', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await openStroopStart(page, 'STR-PAUSE');
	const input = await StampedInput.attach(page);
	await startParticipantMode(page, 'keyboard');
	await expect(page.getByRole('navigation')).toHaveCount(0);

	await driveStroop(page, input, () => ({ rtMs: 300, via: 'key' }), { stopAfter: 4 });
	await page.evaluate(() => history.back());
	await expect(page.locator('.participant')).toBeVisible();
	await expect(page).toHaveURL(/\/run\?session=/);

	// A focus loss while a stimulus is up is logged and flags that trial.
	await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
	await driveStroop(page, input, () => ({ rtMs: 300, via: 'key' }), { stopAfter: 1 });

	// The participant may see the pause box, so it speaks their test language (Bahasa Indonesia
	// here), whatever the examiner's screens are set to (English here).
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Dijeda — untuk pemeriksa' })).toBeVisible();
	await expect(page.getByRole('dialog')).toHaveAttribute('lang', 'id');
	await page.getByRole('button', { name: 'Lanjutkan tes' }).click();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await driveStroop(page, input, () => ({ rtMs: 300, via: 'key' }), { stopAfter: 2 });

	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Hentikan sesi…' }).click();
	await page.getByRole('button', { name: 'Ya, hentikan sesi' }).click();

	await expect(page.getByTestId('session-status')).toHaveText('abandoned');
	await expect(page.getByTestId('trials').locator('tbody tr')).toHaveCount(7);
	await expect(page.getByTestId('trials').locator('tbody tr').nth(4)).toContainText('interrupted');
	const incidents = page.getByTestId('incidents');
	for (const text of ['blur (trial 4)', 'paused', 'run aborted', 'aborted by examiner']) await expect(incidents).toContainText(text);
});
