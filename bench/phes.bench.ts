// bench:phes — every digital PHES subtest driven in Chromium by a synthetic participant whose
// pointer input is dispatched through the DevTools protocol at chosen timestamps, with deliberate
// mistakes; what the app stored is compared with what was injected.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createParticipant, listedCodes } from '../tests/e2e/support/participants';
import { answerDst, dotSdt, drawNct, startPhesItem, traceLtt, type DrawTruth } from '../tests/support/phes-driver';
import { StampedInput } from '../tests/support/stamped-input';

test.describe.configure({ timeout: 20 * 60_000 });

type Subtest = 'ncta' | 'nctb' | 'dst' | 'sdt' | 'ltt';
interface Stored {
	task: string;
	status: string;
	formId: string;
	summary: Record<string, number | string | null>;
	trials: { seq: number; values: Record<string, number | string | boolean | null> }[];
}

async function storedRuns(page: Page, sessionId: string): Promise<Stored[]> {
	return page.evaluate(
		(id) =>
			new Promise<Stored[]>((resolve, reject) => {
				const open = indexedDB.open('hepcog');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['taskRun', 'trial']);
					const runs = tx.objectStore('taskRun').index('bySession').getAll(id);
					const trials = tx.objectStore('trial').index('bySession').getAll(id);
					tx.oncomplete = () =>
						resolve(
							(runs.result as (Stored & { id: string })[]).map((run) => ({
								...run,
								trials: (trials.result as { taskRunId: string; seq: number; values: Stored['trials'][number]['values'] }[]).filter((t) => t.taskRunId === run.id)
							}))
						);
				};
			}),
		sessionId
	);
}


interface Measured {
	subtest: Subtest;
	timeErrorsMs: number[];
	injected: number;
	detected: number;
}

/** One whole battery for one visit, answered by `via`. */
async function battery(page: Page, code: string, visitName: string, via: 'mouse' | 'touch'): Promise<Measured[]> {
	// The list loads after the page: wait for it before deciding whether the participant exists.
	if (!(await listedCodes(page)).includes(code)) await createParticipant(page, { code });
	else await page.getByRole('link', { name: code }).click();
	await page.getByRole('link', { name: visitName }).click();
	await page.getByRole('link', { name: 'Start the digital PHES' }).click();
	const input = await StampedInput.attach(page);
	await page.getByLabel('Examiner').fill('Bench');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();

	const truth = {} as Record<Subtest, DrawTruth & { pressesMs?: number[] }>;
	for (const subtest of ['ncta', 'nctb'] as const) {
		await startPhesItem(page, subtest);
		await drawNct(page, input, { stepMs: 30, via });
		await startPhesItem(page, subtest);
		truth[subtest] = await drawNct(page, input, { stepMs: 70, detourAfter: [2, 9, 17], via });
	}
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 150, via });
	await startPhesItem(page, 'dst');
	truth.dst = await answerDst(page, input, { stepMs: 600, wrongAt: [3, 25, 60, 100], timeLimitMs: 90_000, via });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 25, via });
	await startPhesItem(page, 'sdt');
	truth.sdt = await dotSdt(page, input, { stepMs: 55, missAt: [0, 33, 67, 99], via });
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900, via });
	await startPhesItem(page, 'ltt');
	truth.ltt = await traceLtt(page, input, { speedUnitsPerS: 650, excursionsAt: [0.15, 0.4, 0.65, 0.9], via });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	const sessionId = new URL(page.url()).searchParams.get('session')!;
	const runs = await storedRuns(page, sessionId);
	return (Object.keys(truth) as Subtest[]).map((subtest) => {
		const run = runs.find((r) => r.task === subtest && r.status === 'complete');
		if (!run) throw new Error(`${subtest} was not stored as complete`);
		const t = truth[subtest];
		if (subtest === 'dst') {
			// Each answer's stored time and RT against the injected press (the first RT from the paint).
			const items = [...run.trials].sort((a, b) => a.seq - b.seq);
			const errors = items.flatMap((item, i) => {
				const press = t.pressesMs![i]!;
				const previous = i === 0 ? t.firstMs : t.pressesMs![i - 1]!;
				return [Number(item.values.t_ms) - press, Number(item.values.rt_ms) - (press - previous)];
			});
			return { subtest, timeErrorsMs: errors, injected: t.mistakes, detected: Number(run.summary.wrong_count) };
		}
		const detected = Number(run.summary[subtest === 'sdt' ? 'misses' : 'errors']);
		return { subtest, timeErrorsMs: [Number(run.summary.time_s) * 1000 - (t.lastMs - t.firstMs)], injected: t.mistakes, detected };
	});
}

test('bench:phes', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	const measured = [...(await battery(page, 'BENCH-PHES', 'Baseline', 'mouse')), ...(await battery(page, 'BENCH-PHES', 'Month 3', 'touch'))];
	const subtests = Object.fromEntries(
		(['ncta', 'nctb', 'dst', 'sdt', 'ltt'] as const).map((subtest) => {
			const rows = measured.filter((m) => m.subtest === subtest);
			const errors = rows.flatMap((m) => m.timeErrorsMs);
			const maxAbs = Math.max(...errors.map(Math.abs));
			return [
				subtest,
				{
					runs: rows.length,
					time_error_ms: { max_abs: Number(maxAbs.toFixed(4)), n: errors.length },
					mistakes_injected: rows.reduce((a, m) => a + m.injected, 0),
					mistakes_detected: rows.reduce((a, m) => a + m.detected, 0)
				}
			];
		})
	);
	const summary = Object.entries(subtests).map(
		([name, s]) => `${name}: time error max ${s.time_error_ms.max_abs} ms (target ≤ 1), mistakes ${s.mistakes_detected}/${s.mistakes_injected} (target equal)`
	);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/phes.json', JSON.stringify({ bench: 'phes', inputs: ['mouse', 'touch'], subtests, summary }, null, 1));
});
