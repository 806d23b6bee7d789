import { type Browser, type Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile, writeFile } from 'node:fs/promises';
import { serializeBundle } from '../../src/lib/export/bundle/bundle';
import { syntheticStudy } from '../../src/lib/export/fixtures/synthetic-study';
import { drawNct, startPhesItem } from '../support/phes-driver';
import { StampedInput } from '../support/stamped-input';
import { enterPaperPhes, type PaperValues } from './support/paper';
import { listedCodes } from './support/participants';

// Three browser contexts are three laptops: each has its own IndexedDB.
const stores = ['study', 'participant', 'visit', 'session', 'taskRun', 'trial', 'event', 'score', 'normSet'] as const;
type Records = Record<(typeof stores)[number], string[]>;

/** Every stored record as JSON, per store, sorted: read straight from the page's IndexedDB. */
async function storedRecords(page: Page): Promise<Records> {
	return page.evaluate(async (names) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('hepcog');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		// Field order does not matter, only content: keys sorted at every level.
		const sorted = (value: unknown): unknown =>
			Array.isArray(value)
				? value.map(sorted)
				: value && typeof value === 'object'
					? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]))
					: value;
		const records: Record<string, string[]> = {};
		for (const name of names) {
			records[name] = await new Promise<string[]>((resolve, reject) => {
				const request = db.transaction(name).objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result.map((record) => JSON.stringify(sorted(record))).sort());
				request.onerror = () => reject(request.error);
			});
		}
		db.close();
		return records;
	}, stores) as Promise<Records>;
}

async function newLaptop(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return page;
}

/** A participant at the study's one site, entered through the form. */
async function addParticipant(page: Page, code: string): Promise<void> {
	await page.goto('/participants/edit');
	await page.getByLabel('Participant code').fill(code);
	await page.getByLabel('Baseline date').fill('2026-11-02');
	await page.getByLabel('Date of birth').fill('1976-05-01');
	await page.getByLabel('Sex').selectOption('m');
	await page.getByLabel('Highest education level').selectOption('sma');
	await page.getByLabel('Handedness').selectOption('right');
	await page.getByLabel('Study arm').selectOption({ label: 'Secretome' });
	await page.getByLabel('Site', { exact: true }).selectOption('RSCM Jakarta');
	await page.getByLabel('Colour-vision screening').selectOption('ishihara');
	await page.getByLabel('Colour-vision result').selectOption('pass');
	await page.getByRole('button', { name: 'Create participant' }).click();
	await expect(page.getByRole('heading', { name: `Participant ${code}` })).toBeVisible();
}

/** A scored paper PHES at the participant's baseline (the page opened is the participant's). */
async function paperSession(page: Page, values: PaperValues): Promise<void> {
	await enterPaperPhes(page, values);
	await expect(page.getByTestId('score')).toBeVisible();
}

/** A short digital PHES (NCT-A only) at the participant's baseline: trials and pointer samples to carry over. */
async function digitalNctA(page: Page, code: string): Promise<void> {
	await page.goto('/participants');
	await page.getByRole('link', { name: code, exact: true }).click();
	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Start the digital PHES' }).click();
	const input = await StampedInput.attach(page);
	await page.getByLabel('Examiner').fill('Examiner B');
	for (const name of ['Number connection test B', 'Digit symbol test', 'Serial dotting test', 'Line tracing test']) await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Start — participant mode' }).click();
	await startPhesItem(page, 'ncta'); // practice
	await drawNct(page, input, { stepMs: 20 });
	await startPhesItem(page, 'ncta');
	await drawNct(page, input, { stepMs: 25 });
	await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();
	await page.getByRole('button', { name: 'Examiner: back to the visit' }).click();
	await expect(page.getByTestId('sessions').locator('[data-status=complete]')).toHaveCount(2);
}

/** Clicks a button that downloads a file and returns the file's text and where Playwright saved it. */
async function download(page: Page, button: RegExp): Promise<{ path: string; text: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	return { path, text: await readFile(path, 'utf8') };
}

async function exportBundle(page: Page): Promise<{ path: string; text: string }> {
	await page.goto('/export');
	await page.getByLabel(/JSON bundle/).check();
	await page.getByRole('button', { name: 'Build the export' }).click();
	await expect(page.getByTestId('export-built')).toBeVisible();
	return download(page, /^Download .*-bundle\.json/);
}

/** Chooses files on the import page and waits for the preview (or the refusal). */
// Reading and writing a bundle of megabytes takes seconds; on a busy machine many more. A wait, not a speed check.
const importWaitMs = 60_000;

async function chooseForImport(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
	await page.goto('/import');
	await page.getByLabel(/Bundle or study file/).setInputFiles(files);
	await expect(page.getByTestId('import-preview').or(page.getByTestId('import-refused'))).toBeVisible({ timeout: importWaitMs });
}

async function importChosen(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-result')).toBeVisible({ timeout: importWaitMs });
}

const union = (a: Records, b: Records) =>
	Object.fromEntries(stores.map((store) => [store, [...new Set([...a[store], ...b[store]])].sort()])) as Records;

test('two laptops of one study, set up from a study file, merge into a third: every participant, session and score once', async ({ browser }) => {
	// Laptop 1: the study is set up, one participant tested.
	const first = await newLaptop(browser);
	await first.goto('/settings');
	await first.getByLabel('Study name').fill('Secretome MHE trial');
	await first.getByLabel('Sites').fill('RSCM Jakarta');
	await first.getByRole('button', { name: 'Save settings' }).click();
	await expect(first.getByText('Study settings saved.')).toBeVisible();
	await addParticipant(first, 'JKT-001');
	await paperSession(first, { ncta: '45', nctb: '63', dst: '35', sdt: '65', ltt: '80', lttErrors: '9' });
	await first.goto('/settings');
	const studyFile = await download(first, /Download the study file/);
	const firstStudy = (await storedRecords(first)).study;
	expect(firstStudy).toHaveLength(1);

	// Laptop 2: set up from the study file, so it holds the same study under the same id.
	const second = await newLaptop(browser);
	await expect(second.getByRole('link', { name: 'Set up this laptop from a study file' })).toBeVisible();
	await chooseForImport(second, studyFile.path);
	await expect(second.getByTestId('adopts-study')).toContainText('Secretome MHE trial');
	await importChosen(second);
	expect((await storedRecords(second)).study).toEqual(firstStudy);
	await addParticipant(second, 'JKT-002');
	await paperSession(second, { ncta: '38', nctb: '80', dst: '41', sdt: '58', ltt: '70', lttErrors: '4' });
	await digitalNctA(second, 'JKT-002');

	const firstRecords = await storedRecords(first);
	const secondRecords = await storedRecords(second);
	expect(firstRecords.session).toHaveLength(1);
	expect(secondRecords.session).toHaveLength(2);
	expect(secondRecords.trial.length).toBeGreaterThan(0);
	expect(secondRecords.event.length).toBeGreaterThan(0);
	expect(firstRecords.score.length).toBeGreaterThan(0);
	expect(secondRecords.score.length).toBeGreaterThan(0);
	const firstBundle = await exportBundle(first);
	const secondBundle = await exportBundle(second);

	// Laptop 3: both bundles at once.
	const third = await newLaptop(browser);
	await chooseForImport(third, [firstBundle.path, secondBundle.path]);
	await expect(third.getByTestId('import-preview')).toBeVisible();
	await expect(third.getByTestId('preview-counts').locator('[data-kind=participant] [data-count=added]')).toHaveText('2');
	await expect(third.getByTestId('left-out')).toHaveCount(0);
	await importChosen(third);

	// Every record of both laptops, unchanged, and nothing else.
	const merged = await storedRecords(third);
	expect(merged).toEqual(union(firstRecords, secondRecords));
	expect(merged.participant).toHaveLength(2);
	expect(merged.session).toHaveLength(3);
	expect(merged.trial).toHaveLength(secondRecords.trial.length);
	expect(merged.event).toHaveLength(firstRecords.event.length + secondRecords.event.length);
	expect(merged.score).toHaveLength(firstRecords.score.length + secondRecords.score.length);

	// The pages show each participant once, and each session of their baseline once, with its results.
	expect((await listedCodes(third)).sort()).toEqual(['JKT-001', 'JKT-002']);
	const paper = 'PHES (paper, entered by the examiner)';
	for (const [code, tests] of [['JKT-001', [paper]], ['JKT-002', ['PHES (digital)', paper]]] as const) {
		await third.goto('/participants');
		await third.getByRole('link', { name: code, exact: true }).click();
		await third.getByRole('link', { name: 'Baseline' }).click();
		await expect(third.getByTestId('sessions').locator('tbody tr')).toHaveCount(tests.length);
		expect((await third.getByTestId('sessions').locator('tbody tr td:first-child').allInnerTexts()).sort()).toEqual(tests);
		await third.getByTestId('sessions').getByRole('link', { name: 'Results' }).first().click();
		await expect(third.getByTestId('score')).toBeVisible();
	}

	// The same bundle again adds nothing.
	await chooseForImport(third, firstBundle.path);
	await expect(third.getByTestId('nothing-new')).toBeVisible();
	await importChosen(third);
	const addedAgain = await third.getByTestId('result-counts').locator('[data-count=added], [data-count=updated]').allInnerTexts();
	expect(addedAgain.length).toBeGreaterThan(0);
	expect(addedAgain.every((count) => count === '0')).toBe(true);
	expect(await storedRecords(third)).toEqual(merged);

	// A truncated file is refused with a message, and nothing changes.
	await chooseForImport(third, { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(secondBundle.text.slice(0, secondBundle.text.length / 2)) });
	await expect(third.getByTestId('import-refused')).toContainText('truncated.json');
	await expect(third.getByTestId('import-preview')).toHaveCount(0);
	expect(await storedRecords(third)).toEqual(merged);

	await expectTidyZip(third, { participants: 2, sessions: 3 });
});

/** Builds the tidy export on the page, downloads the zip and checks it against its own manifest. */
async function expectTidyZip(page: Page, expected: { participants: number; sessions: number }): Promise<void> {
	await page.goto('/export');
	await page.getByLabel(/Tidy CSV tables/).check();
	await page.getByRole('button', { name: 'Build the export' }).click();
	await expect(page.getByTestId('export-built')).toBeVisible({ timeout: 30_000 });
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download .*-tidy\.zip/ }).click()]);
	const path = test.info().outputPath(file.suggestedFilename());
	await file.saveAs(path);
	const entries = unzipSync(new Uint8Array(await readFile(path)));
	const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { files: { path: string; rows: number | null }[] };
	const dataRows = (name: string) => strFromU8(entries[name]!).split('\r\n').filter((line) => line !== '').length - 1;
	for (const listed of manifest.files) {
		expect(entries[listed.path], listed.path).toBeDefined();
		if (listed.path.endsWith('.csv')) expect(dataRows(listed.path), listed.path).toBe(listed.rows);
	}
	expect(dataRows('participants.csv')).toBe(expected.participants);
	expect(dataRows('sessions.csv')).toBe(expected.sessions);
	expect(dataRows('pointer_samples.csv')).toBeGreaterThan(0);
}

test('a synthetic study imported from a bundle exports as tidy CSV in the page, its large files zipped in workers', async ({ browser }) => {
	test.setTimeout(120_000);
	// Two participants, four visits: megabytes of pointer samples, so the zip deflates them in workers.
	const study = await syntheticStudy({ participants: 2, visits: 4, installations: 1, seed: 7, sampleIntervalMs: 16 });
	const bundlePath = test.info().outputPath('synthetic-bundle.json');
	await writeFile(bundlePath, serializeBundle(study, { exportedAt: '2026-12-01T10:00:00.000+07:00', exportId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', app: { version: '0.1.0', commit: 'test' } }));
	const page = await newLaptop(browser);
	await chooseForImport(page, bundlePath);
	await importChosen(page);
	await expectTidyZip(page, { participants: 2, sessions: study.session.length });
});
