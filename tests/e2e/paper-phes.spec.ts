import { expect, test } from '../support/app-test';
import { enterPaperPhes, scoreCells } from './support/paper';
import { createParticipant } from './support/participants';

test('a paper PHES is scored at once: six scores, the total and the verdict, with the norm set named', async ({ page }) => {
	// A man of 50 at baseline with 12 school years (clinical-spec §2 worked example).
	await createParticipant(page, { code: 'PHES-001', birthDate: '1976-05-01', baselineDate: '2026-11-02' });
	await enterPaperPhes(page, { ncta: '45', nctb: '63', dst: '35', sdt: '65', ltt: '80', lttErrors: '9' });

	await expect(page.getByRole('heading', { name: /PHES \(paper/ })).toBeVisible();
	await expect(page.getByTestId('norm-set-used')).toContainText('german-h2019 v2');
	expect(await scoreCells(page)).toEqual({
		ncta_score: '-2',
		nctb_score: '0',
		dst_score: '-1',
		sdt_score: '-3',
		ltt_time_score: '0',
		ltt_errors_score: '1',
		phes_total: '-5',
		phes_abnormal: 'yes'
	});
	await expect(page.locator('[data-testid=summary] [data-column=ncta_s]')).toHaveText('45.000');
	await expect(page.locator('[data-testid=summary] [data-column=dst_time_limit_s]')).toHaveText('90.000');
});

test('a paper DST given with 120 s is not scored against the 90 s norms, and says why', async ({ page }) => {
	await createParticipant(page, { code: 'PHES-003', birthDate: '1976-05-01', baselineDate: '2026-11-02' });
	await enterPaperPhes(page, { ncta: '45', nctb: '63', dst: '48', sdt: '65', ltt: '80', lttErrors: '9', dstTimeLimitS: '120' });

	await expect(page.getByTestId('score-refusal')).toHaveText("No score: DST given with a 120 s limit; the norm set's DST norms are for 90 s.");
	await expect(page.locator('[data-testid=summary] [data-column=dst_time_limit_s]')).toHaveText('120.000');
});

test('implausible paper values are refused next to their field and nothing is saved', async ({ page }) => {
	await createParticipant(page, { code: 'PHES-002' });
	await enterPaperPhes(page, { ncta: '0', nctb: '1801', dst: '101', sdt: '40,5', ltt: '', lttErrors: '2.5' });
	const messages = {
		ncta_s: 'A NCT-A time must be more than 0 s.',
		nctb_s: 'A NCT-B time above 30 minutes is not plausible.',
		dst_count: 'The DST count cannot be more than the 100 items on the sheet.',
		sdt_s: 'Enter the SDT time as seconds, e.g. 41.5 (a dot for decimals).',
		ltt_s: 'Enter the LTT time in seconds.',
		ltt_errors: 'The number of LTT errors is a whole number.'
	};
	for (const [field, message] of Object.entries(messages)) await expect(page.locator(`[data-field-error=${field}]`)).toHaveText(message);
	await page.goBack();
	await expect(page.getByTestId('sessions')).toHaveCount(0);
});
