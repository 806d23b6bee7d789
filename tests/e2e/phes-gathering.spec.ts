import { type Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { answerDst, dotSdt, drawNct, startPhesItem, strokeLtt, traceLtt } from '../support/phes-driver';
import type { StampedInput } from '../support/stamped-input';
import { openDigitalPhes } from './support/phes';

test.describe.configure({ timeout: 480_000 });

interface StoredRun {
	id: string;
	sessionId: string;
	task: string;
	status: string;
	startedAt: string;
	summary: Record<string, unknown> | null;
}
interface StoredScore {
	taskRunId: string;
	values: Record<string, unknown>;
	flags: string[];
	refusal: string | null;
	supersededAt: string | null;
}

/** The task runs and scores as the app stored them in IndexedDB (what the clinic's export would read). */
async function stored(page: Page): Promise<{ runs: StoredRun[]; scores: StoredScore[] }> {
	return page.evaluate(
		() =>
			new Promise<{ runs: StoredRun[]; scores: StoredScore[] }>((resolve, reject) => {
				const open = indexedDB.open('hepcog');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['taskRun', 'score'], 'readonly');
					const runs = tx.objectStore('taskRun').getAll();
					const scores = tx.objectStore('score').getAll();
					tx.oncomplete = () => {
						db.close();
						const byStart = (a: StoredRun, b: StoredRun) => a.startedAt.localeCompare(b.startedAt);
						resolve({ runs: (runs.result as StoredRun[]).sort(byStart), scores: scores.result as StoredScore[] });
					};
				};
			})
	);
}

/** The LTT's practice, then the test traced along the track at a pace a person could keep. */
async function traceLttProperly(page: Page, input: StampedInput) {
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900 });
	await startPhesItem(page, 'ltt');
	return traceLtt(page, input, { speedUnitsPerS: 200, excursionsAt: [0.5] });
}

test('a completed digital PHES is scored at once; an invalid LTT makes it not scorable until the LTT is given again', async ({ page }) => {
	const input = await openDigitalPhes(page, 'DIG-GATHER');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();

	// Every subtest at a plausible pace, except the LTT: one straight stroke from start to end.
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 40 });
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 500 });
	await startPhesItem(page, 'nctb');
	await drawNct(page, input, { stepMs: 40 });
	await startPhesItem(page, 'nctb');
	await drawNct(page, input, { stepMs: 700 });
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 150 });
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 900, timeLimitMs: 90_000 });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 30 });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 200 });
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900 });
	await startPhesItem(page, 'ltt');
	await strokeLtt(page, input, { durationMs: 2000 }); // about 2 s, as seen in the clinic
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	// Scored without opening any results page: the gathered run and its score are stored.
	const first = await stored(page);
	const invalidLtt = first.runs.find((r) => r.task === 'ltt' && r.status === 'complete')!;
	expect(invalidLtt.summary?.validity).toBe('invalid');
	const gathered = first.runs.filter((r) => r.task === 'phes_digital');
	expect(gathered).toHaveLength(1);
	expect(gathered[0]).toMatchObject({ status: 'complete', summary: { battery_validity: 'invalid', ltt_s: null, ltt_errors: null } });
	expect(String(gathered[0]!.summary?.battery_invalid_reasons)).toContain('LTT: ');
	for (const task of ['ncta', 'nctb', 'dst', 'sdt']) expect(first.runs.find((r) => r.task === task)?.summary?.validity, task).toBe('valid');
	const refused = first.scores.find((s) => s.taskRunId === gathered[0]!.id)!;
	expect(refused.values).toEqual({});
	expect(refused.refusal).toMatch(/^PHES total not scorable: LTT: /);
	expect(refused.flags).toContain('administration_invalid');

	// The examiner sees why and gives the LTT again at the same visit.
	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await page.getByTestId('sessions').getByRole('link', { name: 'Results' }).click();
	await expect(page.getByTestId('battery-validity')).toHaveAttribute('data-validity', 'invalid');
	await expect(page.getByTestId('score-refusal')).toContainText('PHES total not scorable: LTT: ');
	await expect(page.locator('[data-testid=subtest-verdict][data-task=ltt]')).toHaveAttribute('data-verdict', 'invalid');
	// An override needs a reason: without one nothing is recorded.
	await page.getByRole('button', { name: 'Override the verdict…' }).click();
	await page.getByLabel('Examiner', { exact: true }).fill('Examiner A');
	await page.getByRole('button', { name: 'Count this run anyway' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Give the reason for overriding the verdict.' })).toBeVisible();
	expect((await stored(page)).runs.filter((r) => r.task === 'phes_digital')).toHaveLength(1);
	await page.getByRole('link', { name: 'Give Line tracing test again' }).click();
	await expect(page.getByTestId('give-again')).toContainText('Line tracing test');
	await input.installPaintObserver();
	await page.getByLabel('Examiner').fill('Examiner A');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	const traced = await traceLttProperly(page, input);
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	// Scored again at once, from the valid LTT run; the invalid run and the first gathering are kept.
	const second = await stored(page);
	const lttRuns = second.runs.filter((r) => r.task === 'ltt' && r.status === 'complete');
	expect(lttRuns.map((r) => r.summary?.validity)).toEqual(['invalid', 'valid']);
	const current = second.runs.filter((r) => r.task === 'phes_digital').at(-1)!;
	expect(second.runs.filter((r) => r.task === 'phes_digital')).toHaveLength(2);
	expect(current.sessionId).not.toBe(invalidLtt.sessionId);
	expect(current.summary).toMatchObject({ battery_validity: 'valid', ltt_errors: traced.mistakes });
	expect(Number(current.summary?.ltt_s)).toBeCloseTo((traced.lastMs - traced.firstMs) / 1000, 3);
	expect(String(current.summary?.source_task_runs).split(' ')).toContain(lttRuns[1]!.id);
	const score = second.scores.find((s) => s.taskRunId === current.id)!;
	expect(score.refusal).toBeNull();
	expect(typeof score.values.phes_total).toBe('number');
	expect(score.flags).toContain('paper_norms_on_digital');

	// The results page shows the visit's PHES as it now counts.
	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await page.getByTestId('sessions').getByRole('link', { name: 'Results' }).last().click();
	await expect(page.getByTestId('battery-validity')).toHaveAttribute('data-validity', 'valid');
	await expect(page.locator('[data-testid=visit-phes] [data-score=phes_total]')).toHaveText(String(score.values.phes_total));
});
