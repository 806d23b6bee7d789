import { expect, test } from '../support/app-test';
import { createParticipant } from './support/participants';

test('study settings are saved and shape the participant form and visit plan', async ({ page }) => {
	await createParticipant(page, { code: 'JKT-001', baselineDate: '2026-11-02' });
	await page.goto('/settings');
	await page.getByLabel('Study name').fill('Secretome MHE trial');
	await page.getByLabel('Sites').fill('RSCM Jakarta\nRS Fatmawati');
	await page.getByRole('button', { name: 'Add a visit' }).click();
	await page.getByLabel('Visit name').last().fill('Month 12');
	await page.getByLabel('Target day after baseline').last().fill('360');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Study settings saved.')).toBeVisible();

	await page.reload();
	await expect(page.getByLabel('Study name')).toHaveValue('Secretome MHE trial');
	await page.getByRole('button', { name: 'Remove Secretome' }).click();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('An arm that participants belong to cannot be removed.')).toBeVisible();

	await page.goto('/participants/edit');
	await expect(page.getByLabel('Site', { exact: true }).locator('option')).toHaveText(['Choose…', 'RSCM Jakarta', 'RS Fatmawati']);
	await page.goto('/participants');
	await page.getByRole('link', { name: 'JKT-001' }).click();
	await expect(page.getByTestId('visits').locator('tbody tr').last()).toContainText('2027-10-28');
});
