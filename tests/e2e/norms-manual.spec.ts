import { readFile, writeFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { phes6Values, phesScoreColumn } from '../../src/lib/scoring/value-keys';
import { germanTable, listedNormSetKeys, previewCell, typeNormSet, valueFields } from './support/norms';
import { createParticipant } from './support/participants';

/** Every score cell of the results page: the six bands, the total and the abnormal flag. */
const scoreColumns = [...phes6Values.map((v) => phesScoreColumn[v]), 'phes_total', 'phes_abnormal'];

async function previewAndSave(page: Page): Promise<void> {
	const save = page.getByRole('button', { name: 'Save the norm set' });
	await expect(save).toBeDisabled();
	await page.getByRole('button', { name: 'Preview thresholds' }).click();
	await expect(save).toBeEnabled();
	await save.click();
}

async function choosePhesNormSet(page: Page, key: string): Promise<void> {
	await page.goto('/settings');
	const select = page.getByLabel('PHES norm set');
	await expect(select.locator(`option[value="${key}"]`)).toHaveCount(1);
	await select.selectOption(key);
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Study settings saved.')).toBeVisible();
}

/** The import's outcome on /norms: a status when taken in, an alert when refused. */
async function expectImportMessage(page: Page, role: 'status' | 'alert', text: string): Promise<void> {
	const message = page.getByTestId('import-message');
	await expect(message).toContainText(text);
	await expect(message).toHaveAttribute('role', role);
}

async function currentScores(page: Page): Promise<Record<string, string>> {
	const score = page.getByTestId('score');
	await expect(score.locator('[data-score="phes_total"]')).toBeVisible();
	const cells = await score.locator('[data-score]').evaluateAll((tds) => tds.map((td): [string, string] => [td.getAttribute('data-score') ?? '', td.textContent?.trim() ?? '']));
	return Object.fromEntries(cells.filter(([name]) => scoreColumns.includes(name)));
}

test('a norm set typed in by hand scores a paper PHES exactly as the built-in German H2019 set', async ({ page }) => {
	await typeNormSet(page, germanTable('h2019-typed'));
	await page.getByRole('button', { name: 'Preview thresholds' }).click();
	// The worked example of clinical-spec §2: a 50-year-old man with 12 school years.
	await expect(page.getByTestId('preview').locator('caption')).toContainText('a man of 50 with 12 school years');
	await expect(previewCell(page, 'ncta_s', 0)).toHaveText('24.2');
	await expect(previewCell(page, 'ncta_s', 1)).toHaveText('32.0');
	await expect(previewCell(page, 'dst_count', -1)).toHaveText('41.0');
	await page.getByRole('button', { name: 'Save the norm set' }).click();
	await expect(page).toHaveURL(/\/norms\/view\?key=h2019-typed%401$/);
	await expect(page.getByTestId('id-version')).toHaveText('h2019-typed v1');
	await expect(page.locator('[data-fact="DST time limit of the norms"]')).toHaveText('90 s');
	await expect(page.locator('[data-fact="A DST given with another limit"]')).toHaveText('not scored (nor the PHES total)');
	await expect(page.getByTestId('models').locator('tr[data-value="dst_count"]')).toContainText('female (1 for women) 0.076659');

	await choosePhesNormSet(page, 'h2019-typed@1');
	await createParticipant(page, { code: 'JKT-101', birthDate: '1964-08-17', baselineDate: '2026-11-02' });
	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Enter a paper PHES' }).click();
	await expect(page).toHaveURL(/\/paper\?visit=/);
	await page.getByLabel('Examiner').fill('dr. Sari');
	// A man of 62 with 12 school years: −2, −2, −1, 0, −1, +1 = −5, abnormal at the cutoff.
	await page.getByLabel('NCT-A time (s)').fill('52');
	await page.getByLabel('NCT-B time (s)').fill('130');
	await page.getByLabel('DST correct symbols').fill('36');
	await page.getByLabel('SDT time (s)').fill('44');
	await page.getByLabel('LTT time (s)').fill('110');
	await page.getByLabel('LTT errors').fill('12');
	await page.getByRole('button', { name: 'Save the paper PHES' }).click();
	await expect(page.getByTestId('norm-set-used')).toContainText('h2019-typed v1');
	const resultsUrl = page.url();
	const typed = await currentScores(page);

	await choosePhesNormSet(page, 'german-h2019@2');
	await page.goto(resultsUrl);
	await expect(page.getByTestId('norm-set-used')).toContainText('german-h2019 v2');
	const builtin = await currentScores(page);

	expect(Object.keys(builtin).sort()).toEqual([...scoreColumns].sort());
	expect(typed).toEqual(builtin);
	expect(builtin).toMatchObject({ ncta_score: '-2', nctb_score: '-2', dst_score: '-1', sdt_score: '0', ltt_errors_score: '1', phes_total: '-5', phes_abnormal: 'yes' });
	expect(builtin[phesScoreColumn.ltt_s]).toBe('-1');
});

test.describe('importing a norm set file', () => {
	test('a tampered export is refused and adds nothing; the untouched export imports, idempotently, into a fresh browser', async ({ page, browser, baseURL }, testInfo) => {
		await typeNormSet(page, germanTable('h2019-typed'));
		await page.getByRole('button', { name: 'Preview thresholds' }).click();
		await page.getByRole('button', { name: 'Save the norm set' }).click();
		const checksum = await page.getByTestId('checksum').textContent();
		expect(checksum).toMatch(/^[0-9a-f]{64}$/);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export as JSON' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('h2019-typed-v1.json');
		const exported = testInfo.outputPath('h2019-typed-v1.json');
		await download.saveAs(exported);
		const text = await readFile(exported, 'utf8');
		expect(JSON.parse(text)).toMatchObject({ id: 'h2019-typed', version: 1, checksum });

		const before = await listedNormSetKeys(page);
		expect(before).toContain('h2019-typed@1');
		const tampered = testInfo.outputPath('h2019-tampered.json');
		await writeFile(tampered, text.replace('"intercept": 2.641457', '"intercept": 2.541457'));
		expect(await readFile(tampered, 'utf8')).not.toBe(text);
		await page.getByLabel('Import a norm set (JSON)').setInputFiles(tampered);
		await expectImportMessage(page, 'alert', 'Checksum mismatch: the file was changed after it was exported');
		expect(await listedNormSetKeys(page)).toEqual(before);

		const notJson = testInfo.outputPath('not-json.json');
		await writeFile(notJson, text.slice(0, 200));
		await page.getByLabel('Import a norm set (JSON)').setInputFiles(notJson);
		await expectImportMessage(page, 'alert', 'The file is not valid JSON');
		expect(await listedNormSetKeys(page)).toEqual(before);

		// A fresh browser profile (another laptop) has only the built-in sets until the file comes in.
		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		const builtinOnly = await listedNormSetKeys(other);
		expect(builtinOnly).not.toContain('h2019-typed@1');
		await other.getByLabel('Import a norm set (JSON)').setInputFiles(exported);
		await expectImportMessage(other, 'status', 'Imported “German PHES norms H2019, typed in” (h2019-typed v1).');
		const item = other.locator('[data-norm-set-key="h2019-typed@1"]');
		await expect(item).toContainText('Local');
		await expect(item.locator('code')).toHaveText(checksum!.slice(0, 12));
		await expect(item.locator('code')).toHaveAttribute('title', checksum!);
		await other.getByLabel('Import a norm set (JSON)').setInputFiles(exported);
		await expectImportMessage(other, 'status', 'is already here, identical (same checksum); nothing changed.');
		expect(await listedNormSetKeys(other)).toEqual([...builtinOnly, 'h2019-typed@1']);
		await fresh.close();

		// Back on the first laptop the same file is the set already there.
		await page.getByLabel('Import a norm set (JSON)').setInputFiles(exported);
		await expectImportMessage(page, 'status', 'already here, identical');
		expect(await listedNormSetKeys(page)).toEqual(before);
	});
});

test('a negative SD and ln for LTT errors are refused next to their fields and nothing is saved', async ({ page }) => {
	await typeNormSet(page, germanTable('h2019-bad'));
	const save = page.getByRole('button', { name: 'Save the norm set' });
	await page.getByRole('button', { name: 'Preview thresholds' }).click();
	await expect(save).toBeEnabled();

	const lttTime = valueFields(page, 'ltt_s');
	const lttErrors = valueFields(page, 'ltt_errors');
	await lttTime.getByLabel('Residual SD', { exact: true }).fill('-0.27');
	await expect(save).toBeDisabled();
	await lttErrors.getByLabel('Transform', { exact: true }).selectOption('ln');
	await page.getByRole('button', { name: 'Preview thresholds' }).click();

	const sdError = lttTime.locator('[data-field-error="values.ltt_s.residualSd"]');
	await expect(sdError).toHaveText('The residual SD must be greater than 0.');
	const sdInput = lttTime.getByLabel('Residual SD', { exact: true });
	await expect(sdInput).toHaveAttribute('aria-invalid', 'true');
	await expect(sdInput).toHaveAttribute('aria-describedby', new RegExp(`${await sdError.getAttribute('id')}`));
	await expect(lttErrors.locator('[data-field-error="values.ltt_errors.transform"]')).toContainText('ltt_errors is a count that can be 0, so its transform must be one of none, sqrt.');
	await expect(lttErrors.getByLabel('Transform', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('form-problems')).toContainText('Not previewed: 2 entries need correcting.');
	await expect(page.getByTestId('preview')).toHaveCount(0);
	await expect(save).toBeDisabled();
	await expect(page).toHaveURL(/\/norms\/enter$/);
	expect(await listedNormSetKeys(page)).not.toContain('h2019-bad@1');
});
