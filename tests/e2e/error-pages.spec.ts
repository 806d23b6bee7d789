import { expect, test } from '../support/app-test';

// An address with no page, and a test's start page opened without a valid visit, both explain
// themselves and offer the way back instead of a blank or dead-end screen.

test('an unknown address shows a styled "page not found" with a way home', async ({ page }) => {
	await page.goto('/no-such-page');
	const error = page.getByTestId('error-page');
	await expect(error).toHaveAttribute('data-status', '404');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(error).toContainText('Error 404');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByTestId('error-page')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [test_, path] of [
	['Stroop', '/run'],
	['digital PHES', '/phes']
] as const) {
	for (const [what, query, problem] of [
		['no visit', '', 'This visit does not exist.'],
		['an unknown visit', '?visit=00000000-0000-4000-8000-000000000000', 'This visit does not exist.'],
		['an unknown session', '?session=00000000-0000-4000-8000-000000000000', /session/]
	] as const) {
		test(`the ${test_} start page with ${what} says why and leads back to the participants`, async ({ page }) => {
			await page.goto(path + query);
			await expect(page.getByRole('heading', { level: 1, name: 'The test cannot be started here' })).toBeVisible();
			await expect(page.getByRole('alert')).toHaveText(problem);
			await page.getByRole('link', { name: 'Go to the participants to choose a visit' }).click();
			await expect(page).toHaveURL(/\/participants$/);
			await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
		});
	}
}
