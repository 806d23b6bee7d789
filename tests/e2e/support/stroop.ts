import { expect, type Page } from '@playwright/test';
import { createParticipant } from './participants';

/** Creates a participant and opens the Stroop start page of their baseline visit. */
export async function openStroopStart(page: Page, code: string): Promise<void> {
	await createParticipant(page, { code });
	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Start the Stroop test' }).click();
	await expect(page.getByTestId('device-check')).toBeVisible();
}

/** Fills in the examiner and the response modality, and enters participant mode. */
export async function startParticipantMode(page: Page, modality: 'keyboard' | 'pointer'): Promise<void> {
	await page.getByLabel('Examiner', { exact: true }).fill('Examiner A');
	await page.getByLabel(modality === 'keyboard' ? /Three keyboard keys/ : /Touch, mouse or pen/).check();
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	await expect(page.locator('.participant')).toBeVisible();
}

/** The summary value the results page shows for a column, as a number (null for '—'). */
export async function summaryValue(page: Page, column: string): Promise<number | null> {
	const text = (await page.locator(`[data-testid=summary] [data-column=${column}]`).innerText()).trim();
	return text === '—' ? null : Number(text);
}
