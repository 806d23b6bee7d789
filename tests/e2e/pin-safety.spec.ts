import { expect, test } from '../support/app-test';
import { enterPaperPhes } from './support/paper';
import { createParticipant } from './support/participants';

const paper = { ncta: '45', nctb: '63', dst: '35', sdt: '65', ltt: '80', lttErrors: '9' };

test('an address with no participants says so and names itself, so nobody thinks data was lost', async ({ page, baseURL }) => {
	await page.goto('/');
	const notice = page.getByTestId('origin-notice');
	await expect(notice).toContainText('No study data at this address');
	await expect(notice).toContainText(`This address (${new URL(baseURL!).origin}) holds no participants.`);
	await createParticipant(page, { code: 'ORIGIN-1' });
	await page.goto('/');
	await expect(page.getByText('Participants in this study:')).toBeVisible();
	await expect(notice).toHaveCount(0);
});

test('the header says when the last backup was saved and nags after the set number of sessions until a full bundle is saved', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('backup-status')).toHaveText('No backup yet');
	await page.getByLabel('Backup reminder after this many sessions not backed up').fill('2');
	await page.getByRole('button', { name: 'Save laptop settings' }).click();
	await expect(page.getByText('Laptop settings saved.')).toBeVisible();

	await createParticipant(page, { code: 'BACKUP-1' });
	await enterPaperPhes(page, paper);
	await expect(page.getByTestId('backup-status')).toHaveText('No backup yet · 1 session not backed up');
	await expect(page.getByTestId('backup-status')).toHaveAttribute('data-due', 'false');
	await createParticipant(page, { code: 'BACKUP-2' });
	await enterPaperPhes(page, paper);
	const status = page.getByTestId('backup-status');
	await expect(status).toHaveAttribute('data-due', 'true');
	await expect(status).toContainText('2 sessions not backed up');

	// A filtered bundle is not a backup; the whole-study bundle is.
	await status.getByRole('link', { name: 'Back up now' }).click();
	await page.getByLabel(/JSON bundle/).check();
	await page.getByLabel(/Only the records the filters below keep/).check();
	await page.getByRole('button', { name: 'Build the export' }).click();
	await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download .*-bundle\.json/ }).click()]);
	await expect(status).toHaveAttribute('data-due', 'true');
	await page.getByLabel(/Only the records the filters below keep/).uncheck();
	await page.getByRole('button', { name: 'Build the export' }).click();
	await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download .*-bundle\.json/ }).click()]);
	await expect(status).toHaveAttribute('data-due', 'false');
	await expect(status).toHaveText(/^Last backup: .+$/);
	await expect(status).not.toContainText('not backed up');
	await page.reload();
	await expect(status).toHaveText(/^Last backup: .+$/);
});
