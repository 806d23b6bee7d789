import { expect, test } from '../support/app-test';
import { StampedInput } from '../support/stamped-input';
import { driveStroop } from '../support/stroop-driver';
import { openStroopStart, startParticipantMode, summaryValue } from './support/stroop';

test.describe.configure({ timeout: 240_000 });

test('a reload mid-run leaves an interrupted session that resumes at the start of the run, every answer stored once', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await openStroopStart(page, 'STR-RESUME');
	const input = await StampedInput.attach(page);
	await startParticipantMode(page, 'pointer');

	// Both Off practice runs, then 5 answers into the first scored Off run: the reload hits mid-run.
	const before = await driveStroop(page, input, () => ({ rtMs: 260, via: 'mouse' }), { stopAfter: 25 });
	await expect(page.locator('.participant')).toHaveAttribute('data-screen', 'stimulus');
	await page.reload();

	await expect(page.getByRole('heading', { name: /Resume the Stroop test/ })).toBeVisible();
	await input.installPaintObserver();
	await page.getByRole('button', { name: 'Resume — participant mode' }).click();
	const after = await driveStroop(page, input, () => ({ rtMs: 240, via: 'touch' }));
	// Resumed at the start of the interrupted run, in the Off scored phase: 5 full runs, then On.
	expect(after.filter((a) => a.state === 'off').every((a) => a.phase === 'test')).toBe(true);
	expect(after.filter((a) => a.state === 'off').length).toBe(50);

	await page.getByRole('button', { name: 'Examiner: show the results' }).click();
	await expect(page.getByTestId('session-status')).toHaveText('complete');
	const rows = page.getByTestId('trials').locator('tbody tr');
	await expect(rows).toHaveCount(before.length + after.length);
	const seqs = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[0]!.textContent)));
	expect(seqs).toEqual([...seqs.keys()]);
	expect(await summaryValue(page, 'off_runs')).toBe(5);
	await expect(page.getByTestId('incidents')).toContainText('session interrupted');
	await expect(page.getByTestId('incidents')).toContainText('resumed');
	const modalities = await rows.evaluateAll((trs) => {
		const header = [...document.querySelectorAll('[data-testid=trials] thead th')].map((th) => th.textContent);
		return [...new Set(trs.map((tr) => tr.children[header.indexOf('modality')]!.textContent))].sort();
	});
	expect(modalities).toEqual(['mouse', 'touch']);
});
