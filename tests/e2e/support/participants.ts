import { expect, type Page } from '@playwright/test';

export interface ParticipantInput {
	code: string;
	birthDate?: string;
	educationYears?: string;
	baselineDate?: string;
}

/** Fills the new-participant form through its labels, as an examiner would. */
export async function fillParticipantForm(page: Page, input: ParticipantInput): Promise<void> {
	await page.getByLabel('Participant code').fill(input.code);
	await page.getByLabel('Baseline date').fill(input.baselineDate ?? '2026-11-02');
	await page.getByLabel('Date of birth').fill(input.birthDate ?? '1964-08-17');
	await page.getByLabel('Sex').selectOption('m');
	await page.getByLabel('Highest education level').selectOption('sma');
	if (input.educationYears !== undefined) await page.getByLabel('Completed years of education').fill(input.educationYears);
	await page.getByLabel('Handedness').selectOption('right');
	await page.getByLabel('Study arm').selectOption({ label: 'Secretome' });
	await page.getByLabel('Site', { exact: true }).fill('RSCM Jakarta');
	await page.getByLabel('Colour-vision screening').selectOption('ishihara');
	await page.getByLabel('Colour-vision result').selectOption('pass');
}

/** Creates a participant through the form and waits for their page. */
export async function createParticipant(page: Page, input: ParticipantInput): Promise<void> {
	await page.goto('/participants/edit');
	await fillParticipantForm(page, input);
	await page.getByRole('button', { name: 'Create participant' }).click();
	await expect(page.getByRole('heading', { name: `Participant ${input.code}` })).toBeVisible();
}

/** The participant codes the list page shows. */
export async function listedCodes(page: Page): Promise<string[]> {
	await page.goto('/participants');
	await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
	await expect(page.getByText(/No participants yet|Code/).first()).toBeVisible();
	return page.locator('tbody tr td:first-child').allInnerTexts();
}
