import { expect, test } from '../support/app-test';
import { answerDst, dotSdt, drawNct, startPhesItem, traceLtt } from '../support/phes-driver';
import { openDigitalPhes } from './support/phes';

test.describe.configure({ timeout: 300_000 });


test('the digital PHES: every subtest done by pointer, times and mistakes stored as injected', async ({ page }) => {
	const input = await openDigitalPhes(page, 'DIG-001');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	await expect(page.locator('.participant')).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0); // nothing to navigate to

	const truth: Record<string, { timeS: number; mistakes: number }> = {};
	for (const subtest of ['ncta', 'nctb'] as const) {
		await startPhesItem(page, subtest); // practice
		await drawNct(page, input, { stepMs: 40 });
		await startPhesItem(page, subtest); // the test
		// At a plausible pace (NCT-A ≥ 10 s, NCT-B ≥ 15 s), so the runs are valid.
		const drawn = await drawNct(page, input, { stepMs: subtest === 'ncta' ? 450 : 650, detourAfter: [3, 11] });
		truth[subtest] = { timeS: (drawn.lastMs - drawn.firstMs) / 1000, mistakes: drawn.mistakes };
	}
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 150 });
	await startPhesItem(page, 'dst');
	const answered = await answerDst(page, input, { stepMs: 700, wrongAt: [4, 30, 77], timeLimitMs: 90_000 });
	truth.dst = { timeS: 90, mistakes: answered.mistakes };
	const dstCorrect = answered.correct;
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 30 });
	await startPhesItem(page, 'sdt');
	const dotted = await dotSdt(page, input, { stepMs: 160, missAt: [7, 50, 99] });
	truth.sdt = { timeS: (dotted.lastMs - dotted.firstMs) / 1000, mistakes: dotted.mistakes };
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900 });
	await startPhesItem(page, 'ltt');
	const traced = await traceLtt(page, input, { speedUnitsPerS: 250, excursionsAt: [0.2, 0.55, 0.8] });
	truth.ltt = { timeS: (traced.lastMs - traced.firstMs) / 1000, mistakes: traced.mistakes };

	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();
	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await expect(page.getByTestId('sessions').locator('[data-status=complete]')).toHaveCount(1);
	await page.getByTestId('sessions').getByRole('link', { name: 'Results' }).click();

	const mistakeColumn: Record<string, string> = { ncta: 'errors', nctb: 'errors', dst: 'wrong_count', sdt: 'misses', ltt: 'errors' };
	for (const [subtest, expected] of Object.entries(truth)) {
		const run = page.locator(`[data-testid=task-run][data-task=${subtest}][data-status=complete]`);
		await expect(run).toHaveCount(1);
		const column = subtest === 'dst' ? 'time_limit_s' : 'time_s';
		const timeS = Number(await run.locator(`[data-column=${column}]`).innerText());
		expect(Math.abs(timeS - expected.timeS), subtest).toBeLessThanOrEqual(0.001);
		expect(Number(await run.locator(`[data-column=${mistakeColumn[subtest]}]`).innerText()), subtest).toBe(expected.mistakes);
		await expect(run.locator('[data-column=validity]'), subtest).toHaveText('valid');
	}
	const dst = page.locator('[data-testid=task-run][data-task=dst][data-status=complete]');
	expect(Number(await dst.locator('[data-column=correct_count]').innerText())).toBe(dstCorrect);

	// The six values are gathered and scored; paper norms on a digital battery are flagged.
	await expect(page.getByTestId('norm-set-used')).toContainText('german-h2019 v2');
	await expect(page.locator('[data-score=phes_total]')).toBeVisible();
	await expect(page.locator('[data-flag=paper_norms_on_digital]')).toBeVisible();
	const gathered = page.locator('[data-testid=task-run][data-task=phes_digital]');
	expect(Number(await gathered.locator('[data-column=ncta_s]').innerText())).toBeCloseTo(truth.ncta!.timeS, 3);

	// Each drawing subtest is shown as it was done, replayable in time.
	await expect(page.getByTestId('trace-picture')).toHaveCount(4);
	const nctaPicture = page.locator('[data-task=ncta] [data-testid=trace-picture]');
	await nctaPicture.getByRole('slider').fill(String(Number(await nctaPicture.getByRole('slider').getAttribute('min')) + 500));
	await expect(nctaPicture.locator('[data-circle] circle[fill="#cfe3f7"]')).toHaveCount(2);
	// At the end: the wrong circles, the dots outside circles and the excursions are marked.
	await nctaPicture.getByRole('slider').fill((await nctaPicture.getByRole('slider').getAttribute('max'))!);
	await expect(nctaPicture.locator('[data-error-circle]')).toHaveCount(2);
	await expect(page.locator('[data-task=sdt] [data-testid=trace-picture] [data-miss]')).toHaveCount(3);
	await expect(page.locator('[data-task=ltt] [data-testid=trace-picture] [data-excursion]')).toHaveCount(3);

	// The paper PHES of the same visit, entered afterwards, is scored.
	await page.getByRole('link', { name: /DIG-001, Baseline/ }).click();
	await page.getByRole('link', { name: 'Enter a paper PHES' }).click();
	await page.getByLabel('Examiner').fill('Examiner A');
	for (const [label, value] of [['NCT-A time (s)', '40'], ['NCT-B time (s)', '90'], ['DST correct symbols', '40'], ['SDT time (s)', '50'], ['LTT time (s)', '90'], ['LTT errors', '20']]) {
		await page.getByLabel(label!).fill(value!);
	}
	await page.getByRole('button', { name: 'Save the paper PHES' }).click();
	await expect(page.locator('[data-score=phes_total]')).toBeVisible();
});
