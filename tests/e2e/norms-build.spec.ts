import { type Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { bandOf, control, createControl, enterBaselinePaperPhes, fitOnAge, knownModel, phesKeys, valueAt, type PaperPhes, type PhesKey } from './support/controls';
import { createParticipant } from './support/participants';

const scoreColumn: Record<PhesKey, string> = {
	ncta_s: 'ncta_score',
	nctb_s: 'nctb_score',
	dst_count: 'dst_score',
	sdt_s: 'sdt_score',
	ltt_s: 'ltt_time_score',
	ltt_errors: 'ltt_errors_score'
};

/** A number as the page shows it (typographic minus). */
async function shownNumber(page: Page, selector: string): Promise<number> {
	const text = (await page.locator(selector).innerText()).trim().replace('−', '-');
	const value = Number(text);
	expect(Number.isFinite(value), `${selector} shows a number, not “${text}”`).toBe(true);
	return value;
}

test('local norms built from 20 healthy controls give back the known model and score a new paper PHES', async ({ page }) => {
	test.setTimeout(170_000);
	const controls = Array.from({ length: 20 }, (_, i) => control(i));
	for (const c of controls) {
		await createControl(page, c);
		await enterBaselinePaperPhes(page, c.code, c.phes);
	}

	await page.goto('/norms/build');
	await expect(page.getByRole('heading', { name: 'Build local norms from healthy controls' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Healthy control' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Secretome' })).not.toBeChecked();
	await expect(page.getByRole('radio', { name: /Paper and pencil/ })).toBeChecked();
	await expect(page.getByTestId('control-count')).toHaveText(/^\s*20 controls found with a complete paper PHES\.\s*$/);
	const listed = page.getByTestId('controls').locator('tbody tr');
	await expect(listed).toHaveCount(20);
	await expect(listed.first()).toContainText('HC-01');
	await expect(listed.first()).toContainText('22');
	await expect(listed.first()).toContainText(controls[0]!.phes.nctb_s);
	await expect(listed.first().locator('[data-dst-time-limit]')).toHaveText('90');

	// Age, education and sex: 4 coefficients per value need 40 controls; refused with the rule.
	await expect(page.getByRole('checkbox', { name: /^Age/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Education/ })).toBeChecked();
	await page.getByRole('checkbox', { name: /^Sex/ }).check();
	await expect(page.getByTestId('controls-needed')).toContainText('need at least 40 controls; 20 found');
	await expect(page.getByLabel('Norm set id')).toHaveValue('local-new-study');
	await expect(page.getByLabel('Version')).toHaveValue('1');
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	const problem = page.getByTestId('fit-problem');
	await expect(problem).toContainText('20 healthy controls are too few for 4 coefficients (intercept, ageYears, educationYears, female)');
	await expect(problem).toContainText('at least 10 controls per coefficient, so at least 40');
	await expect(page.getByRole('button', { name: 'Save as a new norm set' })).toHaveCount(0);

	// Age only: 2 coefficients, 20 controls suffice.
	await page.getByRole('checkbox', { name: /^Education/ }).uncheck();
	await page.getByRole('checkbox', { name: /^Sex/ }).uncheck();
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	await expect(problem).toHaveCount(0);
	await expect(page.getByTestId('fit-n')).toHaveText('20');
	await expect(page.getByTestId('range-age')).toHaveText('22–79 years');
	const fits = {} as Record<PhesKey, ReturnType<typeof fitOnAge>>;
	for (const key of phesKeys) {
		const section = `[data-testid=fit][data-value=${key}]`;
		await expect(page.locator(`${section} [data-stat=n]`)).toHaveText('20');
		await expect(page.locator(`${section} [data-coefficient]`)).toHaveCount(2);
		const intercept = await shownNumber(page, `${section} [data-coefficient=intercept]`);
		const age = await shownNumber(page, `${section} [data-coefficient=ageYears]`);
		const residualSd = await shownNumber(page, `${section} [data-stat=residualSd]`);
		// Exactly the least-squares fit of the typed values (to the digits shown)…
		const expected = (fits[key] = fitOnAge(controls, key));
		expect(Math.abs(intercept - expected.intercept), `${key} intercept`).toBeLessThan(Math.abs(expected.intercept) * 1e-5);
		expect(Math.abs(age - expected.age), `${key} age`).toBeLessThan(Math.abs(expected.age) * 1e-5);
		expect(Math.abs(residualSd - expected.residualSd), `${key} residual SD`).toBeLessThan(expected.residualSd * 1e-3);
		// …and close to the model the values were generated from (typing rounds them).
		const known = knownModel[key];
		expect(Math.abs(intercept - known.intercept), `${key} intercept vs model`).toBeLessThan(0.02);
		expect(Math.abs(age - known.age), `${key} age vs model`).toBeLessThan(0.0002);
		// The residuals were ±1 SD, so s = SD · √(20 / 18).
		expect(residualSd / (known.sd * Math.sqrt(20 / 18)), `${key} residual SD vs model`).toBeCloseTo(1, 1);
	}
	await expect(page.locator('[data-testid=fit][data-value=ncta_s] [role=img]')).toHaveAttribute('aria-label', /NCT-A time \(s\) of 20 healthy controls against age/);
	await page.getByLabel('Scatter plots against').selectOption('educationYears');
	await expect(page.locator('[data-testid=fit][data-value=ncta_s] [role=img]')).toHaveAttribute('aria-label', /against education/);

	await page.getByRole('button', { name: 'Save as a new norm set' }).click();
	await expect(page.getByTestId('saved')).toContainText('Saved as norm set local-new-study@1');
	await expect(page.getByTestId('saved').getByRole('link', { name: /^View / })).toHaveAttribute('href', '/norms/view?key=local-new-study@1');

	// Chosen in Study settings, it scores the next paper PHES.
	await page.goto('/settings');
	await page.getByLabel('PHES norm set').selectOption('local-new-study@1');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();

	const age = 50;
	await createParticipant(page, { code: 'PT-001', birthDate: `${2026 - age}-03-15`, baselineDate: '2026-11-02' });
	const z: Record<PhesKey, number> = { ncta_s: 1.5, nctb_s: 2.5, dst_count: -3.5, sdt_s: 0, ltt_s: -1.5, ltt_errors: 1.5 };
	const phes = Object.fromEntries(phesKeys.map((key) => [key, valueAt(key, fits[key], age, z[key])])) as PaperPhes;
	await enterBaselinePaperPhes(page, 'PT-001', phes);
	await expect(page.getByTestId('norm-set-used')).toContainText('local-new-study');
	const expectedBands = phesKeys.map((key) => bandOf(key, fits[key], age, phes[key]));
	expect(expectedBands).toEqual([-1, -2, -3, 0, 1, -1]);
	for (const [i, key] of phesKeys.entries()) {
		await expect(page.locator(`[data-testid=score] [data-score=${scoreColumn[key]}]`), key).toHaveText(String(expectedBands[i]));
	}
});
