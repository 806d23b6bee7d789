import { expect, type Page } from '@playwright/test';
import { StampedInput } from '../../support/stamped-input';
import { createParticipant } from './participants';

/** A new participant's baseline digital PHES, opened up to the start button with the examiner named; the input that answers it. */
export async function openDigitalPhes(page: Page, code: string): Promise<StampedInput> {
	page.on('dialog', (dialog) => void dialog.accept());
	await createParticipant(page, { code });
	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Start the digital PHES' }).click();
	await expect(page.getByTestId('device-check')).toBeVisible();
	const input = await StampedInput.attach(page);
	await page.getByLabel('Examiner').fill('Examiner A');
	return input;
}
