// bench:phes — every digital PHES subtest driven in Chromium by a synthetic participant whose
// pointer input is dispatched through the DevTools protocol at chosen timestamps, with deliberate
// mistakes and accidental double taps; what the app stored is compared with what was injected.
// A third battery is given by a participant the tests did not really receive (an NCT-A connected
// far too fast, 100-odd taps on one SDT spot, one straight LTT stroke): each of those runs must be
// stored invalid and give no band score, while the honest runs stay valid.
import { mkdirSync, writeFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from '../tests/support/app-test';
import { createParticipant, listedCodes } from '../tests/e2e/support/participants';
import { answerDst, dotSdt, drawNct, startPhesItem, strokeLtt, tapSdtSpot, traceLtt, type DrawTruth } from '../tests/support/phes-driver';
import { StampedInput } from '../tests/support/stamped-input';

test.describe.configure({ timeout: 20 * 60_000 });

type Subtest = 'ncta' | 'nctb' | 'dst' | 'sdt' | 'ltt';
interface Stored {
	id: string;
	task: string;
	status: string;
	formId: string;
	summary: Record<string, number | string | null>;
	trials: { seq: number; values: Record<string, number | string | boolean | null> }[];
	/** The current scores of this run (the gathered PHES run has them). */
	scores: { values: Record<string, unknown>; refusal: string | null }[];
}

async function storedRuns(page: Page, sessionId: string): Promise<Stored[]> {
	return page.evaluate(
		(id) =>
			new Promise<Stored[]>((resolve, reject) => {
				const open = indexedDB.open('hepcog');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['taskRun', 'trial', 'score']);
					const runs = tx.objectStore('taskRun').index('bySession').getAll(id);
					const trials = tx.objectStore('trial').index('bySession').getAll(id);
					const scores = tx.objectStore('score').getAll();
					tx.oncomplete = () =>
						resolve(
							(runs.result as (Stored & { id: string })[]).map((run) => ({
								...run,
								trials: (trials.result as { taskRunId: string; seq: number; values: Stored['trials'][number]['values'] }[]).filter((t) => t.taskRunId === run.id),
								scores: (scores.result as { taskRunId: string; supersededAt: string | null; values: Record<string, unknown>; refusal: string | null }[]).filter(
									(s) => s.taskRunId === run.id && s.supersededAt === null
								)
							}))
						);
				};
			}),
		sessionId
	);
}

/** Finds the participant (creating them the first time) and starts the digital PHES of one of their visits. */
async function openBattery(page: Page, code: string, visitName: string): Promise<StampedInput> {
	// The list loads after the page: wait for it before deciding whether the participant exists.
	if (!(await listedCodes(page)).includes(code)) await createParticipant(page, { code });
	else await page.getByRole('link', { name: code }).click();
	await page.getByRole('link', { name: visitName }).click();
	await page.getByRole('link', { name: 'Start the digital PHES' }).click();
	const input = await StampedInput.attach(page);
	await page.getByLabel('Examiner').fill('Bench');
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	return input;
}

/**
 * Whether `run` is stored invalid, the battery's gathered values take nothing from it, and the
 * gathered run's stored score has no band score for its subtest. Without a gathered run or a
 * stored score there is nothing that shows a refusal, so it does not count as refused.
 */
function refused(run: Stored, runs: readonly Stored[]): boolean {
	const gathered = runs.find((r) => r.task === 'phes_digital' && r.status === 'complete');
	if (run.summary.validity !== 'invalid') return false;
	if (!gathered || gathered.scores.length === 0) return false;
	if (String(gathered.summary.source_task_runs ?? '').split(' ').includes(run.id)) return false;
	// Band scores are named after their value (ncta_score, ltt_errors_score…), the total phes_total.
	return gathered.scores.every((score) => Object.keys(score.values).every((name) => !name.startsWith(run.task) && name !== 'phes_total'));
}


interface Measured {
	subtest: Subtest;
	timeErrorsMs: number[];
	injected: number;
	detected: number;
	/** The run's stored verdict is 'valid'. */
	valid: boolean;
	doubleTaps?: { injected: number; ignored: number };
}

/** One whole battery for one visit, answered by `via` at a pace a person could keep. */
async function battery(page: Page, code: string, visitName: string, via: 'mouse' | 'touch'): Promise<{ measured: Measured[]; runs: Stored[] }> {
	const input = await openBattery(page, code, visitName);
	const truth = {} as Record<Subtest, DrawTruth & { pressesMs?: number[]; doubleTapAt?: number[] }>;
	for (const subtest of ['ncta', 'nctb'] as const) {
		await startPhesItem(page, subtest);
		await drawNct(page, input, { stepMs: 30, via });
		await startPhesItem(page, subtest);
		// NCT-A in about 12 s and NCT-B in about 18 s: above their plausible minimums of 10 and 15 s.
		truth[subtest] = await drawNct(page, input, { stepMs: subtest === 'ncta' ? 450 : 650, detourAfter: [2, 9, 17], via });
	}
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 150, via });
	await startPhesItem(page, 'dst');
	truth.dst = await answerDst(page, input, { stepMs: 600, wrongAt: [3, 25, 60, 100], timeLimitMs: 90_000, via });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 25, via });
	await startPhesItem(page, 'sdt');
	const doubleTapAt = [20, 45, 70];
	truth.sdt = { ...(await dotSdt(page, input, { stepMs: 160, missAt: [0, 33, 67, 99], doubleTapAt, via })), doubleTapAt };
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900, via });
	await startPhesItem(page, 'ltt');
	truth.ltt = await traceLtt(page, input, { speedUnitsPerS: 250, excursionsAt: [0.15, 0.4, 0.65, 0.9], via });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	const sessionId = new URL(page.url()).searchParams.get('session')!;
	const runs = await storedRuns(page, sessionId);
	const measured = (Object.keys(truth) as Subtest[]).map((subtest) => {
		const run = runs.find((r) => r.task === subtest && r.status === 'complete');
		if (!run) throw new Error(`${subtest} was not stored as complete`);
		const t = truth[subtest];
		const valid = run.summary.validity === 'valid';
		if (subtest === 'dst') {
			// Each answer's stored time and RT against the injected press (the first RT from the paint).
			const items = [...run.trials].sort((a, b) => a.seq - b.seq);
			const errors = items.flatMap((item, i) => {
				const press = t.pressesMs![i]!;
				const previous = i === 0 ? t.firstMs : t.pressesMs![i - 1]!;
				return [Number(item.values.t_ms) - press, Number(item.values.rt_ms) - (press - previous)];
			});
			return { subtest, timeErrorsMs: errors, injected: t.mistakes, detected: Number(run.summary.wrong_count), valid };
		}
		const detected = Number(run.summary[subtest === 'sdt' ? 'misses' : 'errors']);
		// A double tap counts as ignored when the stored tap on its circle is marked ignored.
		const ignoredAt = new Set(run.trials.filter((trial) => trial.values.ignored === true).map((trial) => Number(trial.values.index)));
		const doubleTaps = { injected: t.doubleTapAt?.length ?? 0, ignored: (t.doubleTapAt ?? []).filter((i) => ignoredAt.has(i)).length };
		return { subtest, timeErrorsMs: [Number(run.summary.time_s) * 1000 - (t.lastMs - t.firstMs)], injected: t.mistakes, detected, valid, doubleTaps };
	});
	return { measured, runs };
}

interface InvalidCase {
	name: string;
	subtest: Subtest;
	validity: string;
	reasons: string;
	refused: boolean;
}

/**
 * A battery the tests did not really receive: NCT-A connected in under a second, SDT by taps on one
 * spot until it ends, LTT by one straight stroke lifted in the end area; NCT-B and DST are honest.
 */
async function invalidBattery(page: Page): Promise<{ cases: InvalidCase[]; sdtTaps: number; battery: string }> {
	const input = await openBattery(page, 'BENCH-PHES-INVALID', 'Baseline');
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 30 });
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 30 });
	await startPhesItem(page, 'nctb');
	await drawNct(page, input, { stepMs: 30 });
	await startPhesItem(page, 'nctb');
	await drawNct(page, input, { stepMs: 650 });
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 150 });
	await startPhesItem(page, 'dst');
	await answerDst(page, input, { stepMs: 900, timeLimitMs: 90_000 });
	await startPhesItem(page, 'sdt');
	await dotSdt(page, input, { stepMs: 25 });
	await startPhesItem(page, 'sdt');
	const sdtTaps = await tapSdtSpot(page, input, { stepMs: 119 });
	await startPhesItem(page, 'ltt');
	await traceLtt(page, input, { speedUnitsPerS: 900 });
	await startPhesItem(page, 'ltt');
	await strokeLtt(page, input, { durationMs: 2000 });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();

	const runs = await storedRuns(page, new URL(page.url()).searchParams.get('session')!);
	const cases = ([['implausibly fast NCT-A', 'ncta'], ['one-spot SDT', 'sdt'], ['straight-stroke LTT', 'ltt']] as const).map(([name, subtest]) => {
		const run = runs.find((r) => r.task === subtest && r.status === 'complete');
		if (!run) throw new Error(`${name}: the ${subtest} was not stored as complete`);
		return { name, subtest, validity: String(run.summary.validity), reasons: String(run.summary.invalid_reasons), refused: refused(run, runs) };
	});
	const gathered = runs.find((r) => r.task === 'phes_digital');
	return { cases, sdtTaps, battery: `${gathered?.summary.battery_validity ?? 'not gathered'}: ${gathered?.scores[0]?.refusal ?? 'no refusal'}` };
}

test('bench:phes', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	const honest = [await battery(page, 'BENCH-PHES', 'Baseline', 'mouse'), await battery(page, 'BENCH-PHES', 'Month 3', 'touch')];
	const measured = honest.flatMap((b) => b.measured);
	const invalid = await invalidBattery(page);
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
	const doubleTaps = measured.flatMap((m) => m.doubleTaps ?? []);
	const doubleTapsInjected = doubleTaps.reduce((a, d) => a + d.injected, 0);
	const doubleTapsIgnored = doubleTaps.reduce((a, d) => a + d.ignored, 0);
	const validAccepted = measured.filter((m) => m.valid).length;
	// The honest batteries are scored: their gathered run is valid and has a PHES total.
	const honestScored = honest.filter((b) => b.runs.some((r) => r.task === 'phes_digital' && r.summary.battery_validity === 'valid' && r.scores.some((s) => typeof s.values.phes_total === 'number'))).length;
	const invalidRefused = invalid.cases.filter((c) => c.refused).length;
	summary.push(
		`invalid cases refused ${invalidRefused}/${invalid.cases.length} (target all): ${invalid.cases.map((c) => `${c.name} ${c.validity} (${c.reasons})`).join('; ')}; battery ${invalid.battery}; SDT taps ${invalid.sdtTaps}`,
		`double taps ignored ${doubleTapsIgnored}/${doubleTapsInjected} (target all); honest runs valid ${validAccepted}/${measured.length}, honest batteries scored ${honestScored}/${honest.length} (target all)`
	);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/phes.json',
		JSON.stringify(
			{
				bench: 'phes',
				inputs: ['mouse', 'touch'],
				subtests,
				invalid_cases: invalid.cases.length,
				invalid_refused: invalidRefused,
				double_taps_injected: doubleTapsInjected,
				double_taps_ignored: doubleTapsIgnored,
				valid_cases: measured.length,
				valid_accepted: validAccepted,
				batteries_scored: honestScored,
				summary
			},
			null,
			1
		)
	);
});
