import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-test';
import { StampedInput } from '../support/stamped-input';
import { driveStroop } from '../support/stroop-driver';
import { enterPaperPhes } from './support/paper';
import { openStroopStart, startParticipantMode } from './support/stroop';

// Switching the examiner's language to Bahasa Indonesia changes every visible string on the
// examiner pages: every English message (messages/en.json) that differs from its Indonesian
// translation is looked for on each page, first in English (where it must be found, so the check
// can see it) and then in Indonesian (where none may be left).

test.describe.configure({ timeout: 180_000 });

const messagesOf = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = messagesOf('en');
const id = messagesOf('id');

interface Pattern {
	key: string;
	text: string;
	regex: RegExp;
	/** A one-word message must be an element's whole text: as a substring it would match data. */
	wholeText: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** An English message as a pattern: its fixed words in order, any text for each placeholder. */
function patternOf(key: string, text: string): Pattern | null {
	const parts = text.split(/\{\w+\}/);
	const fixed = parts.join(' ').trim();
	// Too little fixed text to tell a message from data ("{seconds} s", "← {code}, {visit}").
	if ((fixed.match(/\p{L}/gu) ?? []).length < 3) return null;
	const body = parts.map((part) => escape(part)).join('[\\s\\S]*?');
	const wholeText = !/\s/.test(text.trim());
	return { key, text, wholeText, regex: new RegExp(wholeText ? `^${body}$` : `(?<![\\p{L}\\p{N}])${body.trim()}(?![\\p{L}\\p{N}])`, 'u') };
}

const patterns = Object.keys(en)
	.filter((key) => key !== '$schema' && en[key] !== id[key])
	.map((key) => patternOf(key, en[key]!))
	.filter((p): p is Pattern => p !== null);

// Data the study and this test entered (in English), which no language switch translates.
const data = ['New study', 'Baseline', 'Month 3', 'Month 7', 'Month 10', 'Secretome', 'Best practice', 'Healthy control', 'RSCM Jakarta', 'Examiner A'];

/** Each visible element's own text, the labels it carries, and the page title. */
async function visibleTexts(page: Page): Promise<string[]> {
	return page.evaluate((dataTexts) => {
		// Data stays English in every language: the codebook's column descriptions and the details
		// stored with each event (the reason an examiner gave, …).
		const dataSelector = '[data-testid=summary] td.muted, [data-testid=summary] th, [data-testid=incidents] .detail';
		const texts = [document.title];
		for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
			if (['SCRIPT', 'STYLE'].includes(element.tagName) || element.closest(dataSelector)) continue;
			// Text marked as another language on purpose: each language named in itself in the menu.
			if (element.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
			const visible = element.checkVisibility() || (element.tagName === 'OPTION' && element.parentElement?.checkVisibility());
			if (!visible) continue;
			const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(' ');
			for (const text of [own, element.getAttribute('aria-label'), element.getAttribute('placeholder')]) {
				let tidy = (text ?? '').replace(/\s+/g, ' ').trim();
				for (const datum of dataTexts) tidy = tidy.replaceAll(datum, ' ');
				tidy = tidy.replace(/^[\s·—:,.()]+|[\s·—:,.()]+$/g, '');
				if (tidy) texts.push(tidy);
			}
		}
		return texts;
	}, data);
}

/** The English messages a page shows, as `key: text`. */
async function englishOn(page: Page): Promise<string[]> {
	const texts = await visibleTexts(page);
	return patterns.filter((p) => texts.some((text) => p.regex.test(text))).map((p) => `${p.key}: ${p.text}`);
}

interface ExaminerPage {
	name: string;
	url: string;
	/** Something on the page that shows it has finished loading its data. */
	ready: (page: Page) => Promise<void>;
}

// Pages read the database before they show their data; a busy machine may take a while.
const loaded = expect.configure({ timeout: 20_000 });
const heading = (page: Page) => loaded(page.locator('h1').first()).toBeVisible();

test('switching the UI language to Bahasa Indonesia changes every visible string on the examiner pages', async ({ page }) => {
	// Realistic data: a participant with a paper PHES and an aborted Stroop session at baseline.
	page.on('dialog', (dialog) => void dialog.accept());
	await openStroopStart(page, 'LANG-01');
	const stroopStart = page.url();
	const input = await StampedInput.attach(page);
	await startParticipantMode(page, 'keyboard');
	await driveStroop(page, input, () => ({ rtMs: 400, via: 'key' }), { stopAfter: 3 });
	await page.keyboard.press('Escape');
	await page.getByRole('dialog').getByRole('button').nth(1).click();
	await page.getByRole('dialog').getByRole('button').first().click();
	await loaded(page.getByTestId('timing-quality')).toBeVisible();
	const stroopResults = page.url();

	await page.goto('/participants');
	await page.getByRole('link', { name: 'LANG-01' }).click();
	await page.waitForURL(/\/participants\/view/);
	const participant = page.url();
	await enterPaperPhes(page, { ncta: '45', nctb: '63', dst: '35', sdt: '65', ltt: '80', lttErrors: '9' });
	await loaded(page.getByTestId('score')).toBeVisible();
	const paperResults = page.url();
	await page.goto(participant);
	await page.getByRole('link', { name: 'Baseline' }).click();
	await loaded(page.getByTestId('sessions')).toBeVisible();
	const baseline = page.url();
	const visitId = new URL(baseline).searchParams.get('id');
	await page.goto(participant);
	await page.getByRole('link', { name: 'Month 3' }).click();
	await expect(page.getByLabel('Date the visit took place')).toBeVisible();
	const month3 = page.url();
	const participantId = new URL(participant).searchParams.get('id');

	const pages: ExaminerPage[] = [
		{ name: 'home', url: '/', ready: (p) => loaded(p.locator('strong').filter({ hasText: /^\d+$/ })).toBeVisible() },
		{ name: 'participants', url: '/participants', ready: (p) => loaded(p.getByRole('link', { name: 'LANG-01' })).toBeVisible() },
		{ name: 'participant', url: participant, ready: (p) => loaded(p.getByTestId('visits').locator('tbody tr')).toHaveCount(4) },
		{ name: 'participant edit', url: `/participants/edit?id=${participantId}`, ready: (p) => loaded(p.locator('#code')).toHaveValue('LANG-01') },
		{ name: 'new participant', url: '/participants/edit', ready: heading },
		{ name: 'baseline visit', url: baseline, ready: (p) => loaded(p.getByTestId('sessions').locator('tbody tr')).toHaveCount(2) },
		{ name: 'month 3 visit', url: month3, ready: (p) => loaded(p.locator('#visitDate')).toBeVisible() },
		{ name: 'paper PHES', url: `/paper?visit=${visitId}`, ready: (p) => loaded(p.locator('#ncta_s')).toBeVisible() },
		{ name: 'paper PHES results', url: paperResults, ready: (p) => loaded(p.getByTestId('score')).toBeVisible() },
		{ name: 'Stroop results', url: stroopResults, ready: (p) => loaded(p.getByTestId('timing-quality')).toBeVisible() },
		{ name: 'Stroop start', url: stroopStart, ready: (p) => loaded(p.getByTestId('device-check')).toBeVisible() },
		{ name: 'digital PHES start', url: `/phes?visit=${visitId}`, ready: (p) => loaded(p.getByTestId('device-check')).toBeVisible() },
		{ name: 'settings', url: '/settings', ready: (p) => loaded(p.locator('#studyName')).toHaveValue('New study') }
	];

	const seenInEnglish: Record<string, string[]> = {};
	for (const examinerPage of pages) {
		await page.goto(examinerPage.url);
		await examinerPage.ready(page);
		seenInEnglish[examinerPage.name] = await englishOn(page);
		expect(seenInEnglish[examinerPage.name]!.length, `English messages found on ${examinerPage.name}`).toBeGreaterThan(2);
	}

	// The language is chosen on this laptop, in settings; the page reloads in it.
	await page.goto('/settings');
	await page.getByLabel('Examiner screen language').selectOption('id');
	await expect(page.getByRole('heading', { name: 'Pengaturan studi', level: 1 })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
	await expect(page.getByLabel('Bahasa tampilan pemeriksa')).toHaveValue('id');

	for (const examinerPage of pages) {
		await page.goto(examinerPage.url);
		await examinerPage.ready(page);
		expect(await englishOn(page), `English left on ${examinerPage.name} after the switch`).toEqual([]);
	}

	// Kept per laptop: a new page of the same browser opens in Indonesian; stored data did not change.
	const again = await page.context().newPage();
	await again.goto('/participants');
	await expect(again.getByRole('heading', { name: 'Peserta', level: 1 })).toBeVisible();
	await again.goto(stroopResults);
	await expect(again.getByTestId('session-status')).toHaveText('dihentikan');
	await expect(again.getByTestId('trials').locator('th').first()).toHaveText('seq');

	// And back to English.
	await again.goto('/settings');
	await again.getByLabel('Bahasa tampilan pemeriksa').selectOption('en');
	await expect(again.getByRole('heading', { name: 'Study settings', level: 1 })).toBeVisible();
});

test('an Indonesian laptop accepts decimal commas in the paper PHES, and dates typed YYYY-MM-DD', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('Examiner screen language').selectOption('id');
	await expect(page.getByRole('heading', { name: 'Pengaturan studi', level: 1 })).toBeVisible();

	await page.goto('/participants/edit');
	await page.getByLabel('Kode peserta').fill('LANG-02');
	await expect(page.getByLabel('Tanggal awal (baseline)')).toHaveAttribute('placeholder', 'TTTT-BB-HH');
	await page.getByLabel('Tanggal awal (baseline)').fill('2026-11-2');
	await page.getByLabel('Tanggal lahir').fill('1976-05-01');
	await page.getByLabel('Jenis kelamin').selectOption('m');
	await page.getByLabel('Pendidikan terakhir').selectOption('sma');
	await page.getByLabel('Tangan dominan').selectOption('right');
	await page.getByLabel('Lengan studi').selectOption({ label: 'Secretome' });
	await page.getByLabel('Lokasi', { exact: true }).fill('RSCM Jakarta');
	await page.getByRole('button', { name: 'Buat peserta' }).click();
	await expect(page.getByRole('heading', { name: 'Peserta LANG-02' })).toBeVisible();
	await expect(page.getByTestId('visits').locator('tbody tr').first()).toContainText('2026-11-02');

	await page.getByRole('link', { name: 'Baseline' }).click();
	await page.getByRole('link', { name: 'Masukkan PHES kertas' }).click();
	await page.getByLabel('Pemeriksa').fill('Examiner A');
	await page.getByLabel('Waktu NCT-A (detik)').fill('45,5');
	await page.getByLabel('Waktu NCT-B (detik)').fill('63');
	await page.getByLabel('Simbol benar DST').fill('35');
	await page.getByLabel('Waktu SDT (detik)').fill('65,25');
	await page.getByLabel('Waktu LTT (detik)').fill('80.5');
	await page.getByLabel('Kesalahan LTT').fill('9');
	await page.getByRole('button', { name: 'Simpan PHES kertas' }).click();
	await expect(page.getByTestId('score')).toBeVisible();
	// Stored as numbers with a dot, like every export.
	await expect(page.locator('[data-testid=summary] [data-column=ncta_s]')).toHaveText('45.500');
	await expect(page.locator('[data-testid=summary] [data-column=sdt_s]')).toHaveText('65.250');
	await expect(page.locator('[data-testid=summary] [data-column=ltt_s]')).toHaveText('80.500');
});
