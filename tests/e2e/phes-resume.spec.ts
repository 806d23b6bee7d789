import { expect, test } from '../support/app-test';
import { dotSdt, drawNct, startPhesItem } from '../support/phes-driver';
import { openDigitalPhes } from './support/phes';

test.describe.configure({ timeout: 180_000 });


test('a reload mid-subtest resumes the battery at the start of that subtest, keeping everything stored', async ({ page }) => {
	const input = await openDigitalPhes(page, 'DIG-RESUME');
	for (const name of ['Number connection test B', 'Digit symbol test', 'Line tracing test']) await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Start — participant mode' }).click();

	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 30 });
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 40 });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 20 });
	await startPhesItem(page, 'sdt');
	// 30 dots of the 100, then the page is reloaded.
	const circles = page.locator('[data-dot-circle]');
	for (let i = 0; i < 30; i++) {
		const box = (await circles.nth(i).boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	}
	await expect(page.locator('[data-testid=sheet] circle[r="4"]')).toHaveCount(30);
	await page.waitForTimeout(300); // the last dot's write
	await page.reload();

	await expect(page.getByRole('heading', { name: /Resume the digital PHES/ })).toBeVisible();
	await input.installPaintObserver();
	await page.getByRole('button', { name: 'Resume — participant mode' }).click();
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 20 });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 30, missAt: [10] });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();
	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await page.getByTestId('sessions').getByRole('link', { name: 'Results' }).click();

	await expect(page.getByTestId('session-status')).toHaveText('complete');
	await expect(page.locator('[data-testid=task-run][data-task=ncta][data-status=complete]')).toHaveCount(1);
	const aborted = page.locator('[data-testid=task-run][data-task=sdt][data-status=aborted]');
	await expect(aborted).toHaveCount(1);
	await expect(aborted.locator('summary')).toHaveText('Every row (30)');
	const complete = page.locator('[data-testid=task-run][data-task=sdt][data-status=complete]');
	await expect(complete.locator('[data-column=misses]')).toHaveText('1');
});
