import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { serializeBundle } from '../../src/lib/export/bundle/bundle';
import { goldenDataset } from '../../src/lib/export/fixtures/synthetic-study';
import type { Dataset } from '../../src/lib/model/dataset';
import { expect, test } from '../support/app-test';
import { drawNct, startPhesItem } from '../support/phes-driver';
import { StampedInput } from '../support/stamped-input';
import { germanTable, typeNormSet } from './support/norms';
import { startParticipantMode } from './support/stroop';
import { pauseBox } from './support/pause-box';

// Every examiner page is scanned with axe-core with realistic data in it: the fixed data set of the
// export tests (two participants with a Stroop session, a digital PHES and a paper PHES, a typed-in
// norm set), imported as a laboratory would import a bundle. The participant screens of the Stroop
// and of each PHES subtest are scanned too. Serious and critical violations fail, and so does content
// outside landmarks ("region"), which screen-reader users rely on to find their way.

// axe takes seconds on a long response table; the machine may be shared.
test.describe.configure({ timeout: 300_000 });

interface Finding {
	page: string;
	rule: string;
	impact: string;
	nodes: string[];
}

const failing = (impact: string | null | undefined, rule: string) => impact === 'serious' || impact === 'critical' || rule === 'region';

/** axe over the whole page as it is now; returns what must not be there. */
async function scan(page: Page, name: string): Promise<Finding[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((violation) => failing(violation.impact, violation.id))
		.map((violation) => ({
			page: name,
			rule: violation.id,
			impact: violation.impact ?? '',
			nodes: violation.nodes.map((node) => node.target.join(' '))
		}));
}

/** Opens a page and waits until `ready` shows that its data is drawn. */
async function visit(page: Page, path: string, ready: (page: Page) => Locator): Promise<void> {
	await page.goto(path);
	await expect(ready(page)).toBeVisible();
	await expect(page.getByText('Loading…')).toHaveCount(0);
}

async function chooseForImport(page: Page, data: Dataset, name: string): Promise<void> {
	const path = test.info().outputPath(name);
	await writeFile(path, serializeBundle(data, { exportedAt: '2026-12-01T10:00:00.000+07:00', exportId: '5b0f7a52-3c1e-4d2a-9f6b-8e7d6c5b4a39', app: { version: '0.1.0', commit: 'test' } }));
	await page.goto('/import');
	await page.getByLabel(/Bundle or study file/).setInputFiles(path);
	await expect(page.getByTestId('import-preview')).toBeVisible();
}

async function importGolden(page: Page): Promise<Dataset> {
	const data = await goldenDataset();
	await chooseForImport(page, data, 'golden-bundle.json');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-result')).toBeVisible();
	return data;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Scans pages one after another and keeps what they break, so one run names every problem. */
function scanner(page: Page) {
	const findings: Finding[] = [];
	return {
		findings,
		/** Scans the page as it is now. */
		here: async (name: string) => void findings.push(...(await scan(page, name))),
		/** Opens `path`, waits for `ready`, scans. */
		check: async (name: string, path: string, ready: (page: Page) => Locator = heading) => {
			await visit(page, path, ready);
			findings.push(...(await scan(page, name)));
		}
	};
}

/** The golden data set's first participant, their held visit and its three sessions. */
function goldenParts(data: Dataset) {
	const participant = data.participant.find((p) => p.code === 'JKT-001')!;
	const baseline = data.visit.find((v) => v.participantId === participant.id && data.session.some((s) => s.visitId === v.id))!;
	const sessionOf = (battery: string) => data.session.find((s) => s.participantId === participant.id && s.battery === battery)!;
	return { participant, baseline, stroop: sessionOf('stroop'), digital: sessionOf('phes'), paper: sessionOf('phes_paper') };
}

test('participant and visit pages, with data, have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
	const { participant, baseline } = goldenParts(await importGolden(page));
	const { check, findings } = scanner(page);
	await check('home', '/');
	await check('participants', '/participants', (p) => p.locator('tbody tr').first());
	await check('participant, new', '/participants/edit');
	await check('participant, edit', `/participants/edit?id=${participant.id}`, (p) => p.getByLabel('Participant code'));
	await check('participant, view', `/participants/view?id=${participant.id}`, (p) => p.getByRole('heading', { name: `Participant ${participant.code}` }));
	await check('visit', `/visits?id=${baseline.id}`, (p) => p.getByTestId('sessions'));
	await check('paper PHES entry', `/paper?visit=${baseline.id}`);
	await check('Stroop start', `/run?visit=${baseline.id}`, (p) => p.getByTestId('device-check'));
	await check('digital PHES start', `/phes?visit=${baseline.id}`, (p) => p.getByTestId('device-check'));
	expect(findings).toEqual([]);
});

test('the results of a Stroop, a digital PHES and a paper PHES have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
	const { stroop, digital, paper } = goldenParts(await importGolden(page));
	const { check, here, findings } = scanner(page);
	await check('Stroop result', `/review?session=${stroop.id}`, (p) => p.getByTestId('trials'));
	// The wide response table scrolls sideways from the keyboard alone: Tab reaches it, arrows scroll it.
	const responses = page.getByRole('region', { name: 'Every response' });
	await expect(responses).toHaveAttribute('tabindex', '0');
	await responses.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect.poll(() => responses.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await visit(page, `/review?session=${digital.id}`, (p) => p.getByTestId('task-run').first());
	// The examiner opens every run's rows.
	for (const details of await page.locator('details').all()) await details.locator('summary').click();
	await here('digital PHES result, rows open');
	await check('paper PHES result', `/review?session=${paper.id}`, (p) => p.getByTestId('score'));
	expect(findings).toEqual([]);
});

test('settings and norm-set pages, with data, have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
	const data = await importGolden(page);
	const { check, here, findings } = scanner(page);
	await check('settings', '/settings', (p) => p.getByLabel('Study name'));
	await check('norm sets', '/norms', (p) => p.getByTestId('norm-sets'));
	await check('norm set view', `/norms/view?key=${encodeURIComponent(data.normSet[0]!.key)}`);
	await check('norm set entry', '/norms/enter');
	await typeNormSet(page, germanTable());
	await page.getByRole('button', { name: 'Preview thresholds' }).click();
	await expect(page.getByTestId('preview')).toBeVisible();
	await here('norm set entry, previewed');
	await check('local norms builder', '/norms/build', (p) => p.getByTestId('control-count'));
	expect(findings).toEqual([]);
});

test('export, import and error pages have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
	const { check, here, findings } = scanner(page);
	// A bundle without one participant: their visits, sessions and trials are held back and listed.
	const golden = await goldenDataset();
	const left = golden.participant[0]!;
	await chooseForImport(page, { ...golden, participant: golden.participant.filter((p) => p !== left) }, 'without-a-participant.json');
	await expect(page.getByTestId('left-out')).toBeVisible();
	await here('import preview, records held back');
	await importGolden(page);
	await check('export', '/export');
	await page.getByRole('button', { name: 'Build the export' }).click();
	await expect(page.getByTestId('export-built')).toBeVisible();
	await here('export, built');
	await check('import', '/import');
	await check('page not found', '/no-such-page', (p) => p.getByTestId('error-page'));
	await check('Stroop start without a visit', '/run', (p) => p.getByTestId('setup-problem-back'));
	await check('digital PHES start with an unknown visit', '/phes?visit=unknown', (p) => p.getByTestId('setup-problem-back'));
	expect(findings).toEqual([]);
});

test('the participant screens of the Stroop and of every PHES subtest have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	const data = await importGolden(page);
	const { here, findings } = scanner(page);
	// Visits not held yet (three per participant): each gets a session of its own.
	const planned = data.visit.filter((v) => !data.session.some((s) => s.visitId === v.id));

	await visit(page, `/run?visit=${planned[0]!.id}`, (p) => p.getByTestId('device-check'));
	await startParticipantMode(page, 'keyboard');
	await expect(page.locator('.participant[data-screen=instructions]')).toBeVisible();
	await here('Stroop instructions');
	await page.keyboard.press(' ');
	await expect(page.getByTestId('stimulus')).toBeVisible();
	await here('Stroop stimulus');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: pauseBox.title })).toBeVisible();
	await here('Stroop paused');

	const input = await StampedInput.attach(page);
	const subtests = [
		['ncta', 'Number connection test A'],
		['dst', 'Digit symbol test'],
		['sdt', 'Serial dotting test'],
		['ltt', 'Line tracing test']
	] as const;
	for (const [i, [subtest, label]] of subtests.entries()) {
		// A reload leaves the previous session interrupted, as a closed tab would.
		await visit(page, `/phes?visit=${planned[i + 1]!.id}`, (p) => p.getByTestId('device-check'));
		await page.getByLabel('Examiner').fill('Examiner A');
		for (const other of [...subtests.map(([, name]) => name), 'Number connection test B'])
			await page.getByRole('checkbox', { name: other, exact: true }).setChecked(other === label);
		await page.getByRole('button', { name: 'Start — participant mode' }).click();
		await expect(page.locator(`.participant[data-screen=instructions][data-subtest=${subtest}]`)).toBeVisible();
		await here(`PHES ${subtest} instructions`);
		await startPhesItem(page, subtest);
		await here(`PHES ${subtest} practice`);
		if (subtest === 'ncta') {
			// Done quickly to the end: the thank-you screen with the examiner's way out.
			await drawNct(page, input, { stepMs: 40 });
			await startPhesItem(page, subtest);
			await drawNct(page, input, { stepMs: 40 });
			await expect(page.locator('.participant[data-screen=finished]')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Examiner: back to the visit' })).toBeVisible();
			await here('PHES finished');
		}
	}

	expect(findings).toEqual([]);
});

test.describe('on a laptop never started', () => {
	test.use({ examinerPin: null });

	test('the first-start and unlock screens, also blocked, have no serious or critical axe violation and no content outside landmarks', async ({ page }) => {
		const { findings, here } = scanner(page);
		await page.goto('/participants');
		await expect(page.getByTestId('examiner-pin-setup')).toBeVisible();
		await here('PIN first start');
		await page.getByLabel('New PIN (4 to 12 digits)').fill('12');
		await page.getByRole('button', { name: 'Set the PIN' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await here('PIN first start with a problem');
		await page.getByLabel('New PIN (4 to 12 digits)').fill('2468');
		await page.getByLabel('The same PIN again').fill('2468');
		await page.getByRole('button', { name: 'Set the PIN' }).click();
		await expect(heading(page)).toHaveText('Participants');
		await page.getByRole('button', { name: 'Lock' }).click();
		await expect(page.getByTestId('examiner-unlock')).toBeVisible();
		await here('PIN unlock');
		for (let i = 0; i < 5; i++) {
			await page.getByTestId('examiner-unlock').getByLabel('Examiner PIN').fill('0000');
			await page.getByTestId('examiner-unlock').getByRole('button', { name: 'Unlock' }).click();
		}
		await expect(page.getByTestId('examiner-unlock').getByRole('button', { name: 'Unlock' })).toBeDisabled();
		await here('PIN unlock, blocked');
		expect(findings).toEqual([]);
	});
});
