import { expect, test } from '../support/app-test';
import { createParticipant, fillParticipantForm, listedCodes } from './support/participants';

test('a created participant survives a reload, with the study visits planned from baseline', async ({ page }) => {
	await createParticipant(page, { code: 'JKT-001', baselineDate: '2026-11-02' });
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Participant JKT-001' })).toBeVisible();
	const rows = page.getByTestId('visits').locator('tbody tr');
	await expect(rows).toHaveCount(4);
	const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim())));
	expect(cells).toEqual([
		['Baseline', '2026-11-02', '2026-11-02'],
		['Month 3', '2027-01-31', '—'],
		['Month 7', '2027-05-31', '—'],
		['Month 10', '2027-08-29', '—']
	]);
	expect(await listedCodes(page)).toEqual(['JKT-001']);
	await page.getByLabel('Search by code').fill('999');
	await expect(page.getByText('No participant code contains “999”.')).toBeVisible();
});

test.describe('bad input gets a message next to its field and saves nothing', () => {
	test.beforeEach(async ({ page }) => {
		await createParticipant(page, { code: 'JKT-001' });
	});

	const cases = [
		{ what: 'an empty code', input: { code: '' }, field: 'code', message: 'Enter a participant code.' },
		{ what: 'a duplicate code', input: { code: 'JKT-001' }, field: 'code', message: 'This code is already used in this study.' },
		{ what: 'markup as a code', input: { code: '<img src=x onerror=alert(1)>' }, field: 'code', message: "Use only letters, digits, '-' and '_' in the code." },
		{ what: 'a birth date in the future', input: { code: 'JKT-002', birthDate: '2099-01-01' }, field: 'birthDate', message: 'The date of birth cannot be in the future.' },
		{ what: 'an age below the study minimum', input: { code: 'JKT-002', birthDate: '2012-01-01' }, field: 'birthDate', message: 'Age at baseline is 14, below the study minimum of 17 years.' },
		{ what: 'education above 30 years', input: { code: 'JKT-002', educationYears: '31' }, field: 'educationYears', message: 'Education must be a whole number of years from 0 to 30.' },
		{ what: 'negative education', input: { code: 'JKT-002', educationYears: '-2' }, field: 'educationYears', message: 'Education must be a whole number of years from 0 to 30.' }
	];

	for (const { what, input, field, message } of cases) {
		test(what, async ({ page }) => {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs++;
				void dialog.dismiss();
			});
			await page.goto('/participants/edit');
			await fillParticipantForm(page, input);
			await page.getByRole('button', { name: 'Create participant' }).click();
			const error = page.locator(`[data-field-error="${field}"]`);
			await expect(error).toHaveText(message);
			await expect(page.locator(`#${field}`)).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator(`#${field}`)).toHaveAttribute('aria-describedby', new RegExp(`${field}-error`));
			await expect(page).toHaveURL(/\/participants\/edit$/);
			expect(await listedCodes(page)).toEqual(['JKT-001']);
			expect(dialogs).toBe(0);
		});
	}

	test('a visit date before baseline', async ({ page }) => {
		await page.goto('/participants');
		await page.getByRole('link', { name: 'JKT-001' }).click();
		await page.getByRole('link', { name: 'Month 3' }).click();
		await page.getByLabel('Date the visit took place').fill('2026-10-01');
		await page.getByRole('button', { name: 'Save visit date' }).click();
		await expect(page.locator('[data-field-error="visitDate"]')).toHaveText('A visit cannot be before the baseline date (2026-11-02).');
		await page.reload();
		await expect(page.getByLabel('Date the visit took place')).toHaveValue('');
	});
});

test('an edited participant keeps their visits, which follow a new baseline date', async ({ page }) => {
	await createParticipant(page, { code: 'JKT-005', baselineDate: '2026-11-02' });
	await page.getByRole('link', { name: 'Edit participant' }).click();
	await expect(page.getByLabel('Participant code')).toHaveValue('JKT-005');
	await page.getByLabel('Baseline date').fill('2026-11-09');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { name: 'Participant JKT-005' })).toBeVisible();
	await expect(page.getByTestId('visits').locator('tbody tr').nth(1)).toContainText('2027-02-07');
});
