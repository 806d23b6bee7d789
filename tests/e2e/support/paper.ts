import { expect, type Page } from '@playwright/test';

export interface PaperValues {
	ncta: string;
	nctb: string;
	dst: string;
	sdt: string;
	ltt: string;
	lttErrors: string;
	/** The DST time limit chosen, e.g. '120'; the form's default (90 s) when left out. */
	dstTimeLimitS?: string;
}

/** From a participant's page: opens the baseline visit and enters a paper PHES. */
export async function enterPaperPhes(page: Page, values: PaperValues): Promise<void> {
	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Enter a paper PHES' }).click();
	await page.getByLabel('Examiner').fill('Examiner A');
	await page.getByLabel('NCT-A time (s)').fill(values.ncta);
	await page.getByLabel('NCT-B time (s)').fill(values.nctb);
	await page.getByLabel('DST correct symbols').fill(values.dst);
	if (values.dstTimeLimitS !== undefined) await page.getByLabel('DST time limit').selectOption(values.dstTimeLimitS);
	await page.getByLabel('SDT time (s)').fill(values.sdt);
	await page.getByLabel('LTT time (s)').fill(values.ltt);
	await page.getByLabel('LTT errors').fill(values.lttErrors);
	await page.getByRole('button', { name: 'Save the paper PHES' }).click();
}

/** The current score's cells on a results page, by name. */
export async function scoreCells(page: Page): Promise<Record<string, string>> {
	await expect(page.getByTestId('score')).toBeVisible();
	return page.locator('[data-testid=score] [data-score]').evaluateAll((cells) =>
		Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-score'), cell.textContent?.trim() ?? '']))
	);
}
