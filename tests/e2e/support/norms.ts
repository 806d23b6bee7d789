import { expect, type Locator, type Page } from '@playwright/test';

export interface TypedModel {
	transform: 'none' | 'ln' | 'sqrt' | 'lnln';
	intercept: string;
	coefficients: [covariate: string, value: string][];
	residualSd: string;
}

export interface TypedNormSet {
	id: string;
	version: string;
	name: string;
	population: string;
	citation: string;
	sourceNote: string;
	abnormalTotalAtMost: string;
	/** The DST time limit of the norms in seconds, e.g. '90'. */
	dstTimeLimitS: string;
	dummies: [name: string, from: string, to: string][];
	values: Record<string, TypedModel>;
}

/** √ of a residual variance from a paper's table, as typed into the Residual SD field. */
export const sdOfVariance = (variance: number) => String(Math.sqrt(variance));

/**
 * The German "H2019" table of clinical-spec §2 as a site would type it in: residual SD =
 * √variance; E2 = 10–12 school years, E3 ≥ 13, E23 ≥ 10; female only for DST.
 */
export const germanTable = (id = 'h2019-typed'): TypedNormSet => ({
	id,
	version: '1',
	name: 'German PHES norms H2019, typed in',
	population: 'German healthy adults',
	citation: 'German "H2019" PHES regression coefficients (public PSE-Syndrom-Test calculator, MHH Neurologie).',
	sourceNote: 'Typed in from clinical-spec §2 to check hand entry against the built-in set.',
	abnormalTotalAtMost: '-5',
	dstTimeLimitS: '90',
	dummies: [
		['E2', '10', '12'],
		['E3', '13', ''],
		['E23', '10', '']
	],
	values: {
		ncta_s: { transform: 'ln', intercept: '2.641457', coefficients: [['ageYears', '0.010871']], residualSd: sdOfVariance(0.079413) },
		nctb_s: {
			transform: 'ln',
			intercept: '3.830604',
			coefficients: [
				['ageYears', '0.010027'],
				['E2', '-0.184867'],
				['E3', '-0.34977319']
			],
			residualSd: sdOfVariance(0.07484)
		},
		dst_count: {
			transform: 'ln',
			intercept: '4.103133',
			coefficients: [
				['ageYears', '-0.006395'],
				['E2', '0.091533'],
				['E3', '0.138129'],
				['female', '0.076659']
			],
			residualSd: sdOfVariance(0.025989)
		},
		sdt_s: {
			transform: 'lnln',
			intercept: '1.259429',
			coefficients: [
				['ageYears', '0.001204'],
				['E23', '-0.026057']
			],
			residualSd: sdOfVariance(0.001729)
		},
		ltt_s: { transform: 'ln', intercept: '4.131675', coefficients: [['ageYears', '0.003448']], residualSd: sdOfVariance(0.077122) },
		ltt_errors: { transform: 'sqrt', intercept: '2.55856', coefficients: [['ageYears', '0.051284']], residualSd: sdOfVariance(3.860729) }
	}
});

/** The fieldset of one value's model on /norms/enter. */
export const valueFields = (page: Page, value: string): Locator => page.locator(`fieldset[data-value="${value}"]`);

const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });

/** Fills /norms/enter through its labels, as someone copying a paper would (no preview yet). */
export async function typeNormSet(page: Page, set: TypedNormSet): Promise<void> {
	await page.goto('/norms/enter');
	await expect(page.getByRole('heading', { name: 'Type in a published norm set' })).toBeVisible();
	await label(page, 'Id').fill(set.id);
	await label(page, 'Version').fill(set.version);
	await label(page, 'Name').fill(set.name);
	await label(page, 'Population').fill(set.population);
	await label(page, 'Citation').fill(set.citation);
	await label(page, 'Source note').fill(set.sourceNote);
	await label(page, 'Test').selectOption('phes');
	await label(page, 'Administration').selectOption('paper');
	await label(page, 'Scoring scheme').selectOption('phes6');
	await label(page, 'Abnormal when the PHES total is at most').fill(set.abnormalTotalAtMost);
	await label(page, 'DST time limit of the norms (s)').fill(set.dstTimeLimitS);
	for (const [i, [name, from, to]] of set.dummies.entries()) {
		await page.getByRole('button', { name: 'Add an education dummy' }).click();
		await label(page, `Dummy ${i + 1} name`).fill(name);
		await label(page, `Dummy ${i + 1} from (school years)`).fill(from);
		await label(page, `Dummy ${i + 1} to (school years)`).fill(to);
	}
	for (const [value, model] of Object.entries(set.values)) {
		const fields = valueFields(page, value);
		await label(fields, 'Transform').selectOption(model.transform);
		await label(fields, 'Intercept').fill(model.intercept);
		await label(fields, 'Residual SD').fill(model.residualSd);
		for (const [i, [covariate, coefficient]] of model.coefficients.entries()) {
			// The form starts each model with one row; further rows are added.
			if (i > 0) await fields.getByRole('button', { name: 'Add a coefficient' }).click();
			await label(fields, `Covariate ${i + 1}`).selectOption(covariate);
			await label(fields, `Coefficient ${i + 1}`).fill(coefficient);
		}
	}
}

/** The preview cell of a value at k SD (0 = the mean). */
export const previewCell = (page: Page, value: string, step: number): Locator =>
	page.getByTestId('preview').locator(`tr[data-preview-value="${value}"] td[data-step="${step}"]`);

/** The `id@version` keys /norms lists, in order. */
export async function listedNormSetKeys(page: Page): Promise<string[]> {
	await page.goto('/norms');
	const sets = page.getByTestId('norm-sets');
	await expect(sets.locator('li').first()).toBeVisible();
	return sets.locator('[data-norm-set-key]').evaluateAll((items) => items.map((item) => item.getAttribute('data-norm-set-key') ?? ''));
}
