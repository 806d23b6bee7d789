import { expect, test } from '../support/app-test';
import { StampedInput } from '../support/stamped-input';
import { driveStroop, expectedStateTimeS, type ShownStimulus } from '../support/stroop-driver';
import { openStroopStart, startParticipantMode, summaryValue } from './support/stroop';

test.describe.configure({ timeout: 240_000 });

// Wrong answers at chosen places (the n-th answer within a stage): a practice slip, and one failed
// run in each state's test phase.
const wrongAt: Record<string, number> = { 'off/practice': 3, 'off/test': 14, 'on/test': 26 };

test('a whole Stroop session: runs restart on errors, 5 correct runs end each state, times match the truth', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await openStroopStart(page, 'STR-001');
	const input = await StampedInput.attach(page);
	await startParticipantMode(page, 'keyboard');

	const answeredInStage: Record<string, number> = {};
	const plan = (s: ShownStimulus) => {
		const stage = `${s.state}/${s.phase}`;
		const n = (answeredInStage[stage] = (answeredInStage[stage] ?? -1) + 1);
		return { rtMs: 230 + ((s.number * 37) % 120), wrong: wrongAt[stage] === n, via: 'key' as const };
	};
	const answers = await driveStroop(page, input, plan);

	// Every wrong answer ended its run: the next stimulus is the first of a new run.
	const off = answers.filter((a) => a.phase === 'test' && a.state === 'off');
	const on = answers.filter((a) => a.phase === 'test' && a.state === 'on');
	const wrongTest = answers.filter((a) => a.phase === 'test' && a.response !== a.ink);
	expect(wrongTest.length).toBe(2);
	// 5 correct runs of 10 plus the failed run's answers, and not one stimulus more.
	expect(off.length).toBe(50 + (14 % 10) + 1);
	expect(on.length).toBe(50 + (26 % 10) + 1);
	// Practice: 2 runs per state whatever happens; the slip ended the first off practice run early.
	expect(answers.filter((a) => a.phase === 'practice' && a.state === 'off').length).toBe(4 + 10);
	expect(answers.filter((a) => a.phase === 'practice' && a.state === 'on').length).toBe(20);

	await page.getByRole('button', { name: 'Examiner: show the results' }).click();
	await expect(page.getByTestId('session-status')).toHaveText('complete');
	expect(await summaryValue(page, 'off_runs')).toBe(6);
	expect(await summaryValue(page, 'on_runs')).toBe(6);
	const offS = (await summaryValue(page, 'off_time_s'))!;
	const onS = (await summaryValue(page, 'on_time_s'))!;
	// The page shows 3 decimals (1 ms); the truth comes from the injected instants and paint records.
	expect(Math.abs(offS - expectedStateTimeS(answers, 'off'))).toBeLessThanOrEqual(0.001);
	expect(Math.abs(onS - expectedStateTimeS(answers, 'on'))).toBeLessThanOrEqual(0.001);
	expect(Math.abs((await summaryValue(page, 'total_time_s'))! - (offS + onS))).toBeLessThanOrEqual(0.0011);

	// Scored at once with the study's Stroop cutoff; keyboard answers against touch-made norms are flagged.
	await expect(page.getByTestId('norm-set-used')).toContainText('us-encephalapp-2015 v1');
	await expect(page.locator('[data-score=total_time_s_abnormal]')).toHaveText('no');
	await expect(page.locator('[data-flag=modality_differs_from_norms]')).toBeVisible();

	// Every response is stored with an RT equal to the injected one.
	const rows = await page.getByTestId('trials').locator('tbody tr').count();
	expect(rows).toBe(answers.length);
	const rts = await page.getByTestId('trials').locator('tbody tr').evaluateAll((trs) => {
		const header = [...document.querySelectorAll('[data-testid=trials] thead th')].map((th) => th.textContent);
		const rtColumn = header.indexOf('rt_ms');
		return trs.map((tr) => Number(tr.children[rtColumn]!.textContent));
	});
	rts.forEach((rt, i) => expect(Math.abs(rt - answers[i]!.trueRtMs)).toBeLessThanOrEqual(0.5));
});
