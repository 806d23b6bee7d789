// The norm-set, export and import pages in Bahasa Indonesia: with the UI language set to
// Indonesian, no English wording of these pages' messages stays visible, and what they produce
// (file names, stored data) does not change with the language.
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/app-test';

type Messages = Record<string, string>;
const messagesOf = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const en = messagesOf('en');
const id = messagesOf('id');
const idTexts = Object.values(id);

// This page group's own keys and the shared ones; a message with a placeholder is checked by the
// longest piece that has none when that piece has several words ("Step {step} of {steps}": not
// "of"; a single word such as "{count} participants" would also match file names and data).
const ownKeys = Object.keys(en).filter((key) => /^(norms_|export_|import_|common_|storage_|value_)/.test(key));
const fixedPart = (text: string) => text.split(/\{\w+\}/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
/** What of a message is checked: all of it, or its longest fixed piece when that has several words. */
const checkedPart = (text: string) => (!text.includes('{') ? text : fixedPart(text).includes(' ') ? fixedPart(text) : '');
/** English wording that must not show on an Indonesian screen: leaving out words both languages share. */
const englishOnly = [
	...new Set(
		ownKeys
			.filter((key) => en[key] !== id[key])
			.map((key) => checkedPart(en[key]!))
			.filter((text) => text.length >= 3 && /[a-z]/i.test(text) && !idTexts.some((other) => other.includes(text)))
	)
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function englishLeftIn(page: Page): Promise<string[]> {
	// The page's own part (the header and navigation belong to the layout), without what is data:
	// file names and paths (code) and a norm set's own words (marked translate="no").
	const text = await page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('code, [translate="no"]').forEach((element) => element.remove());
		// innerText needs the copy to be rendered, so it is laid out off screen for the moment.
		copy.style.position = 'absolute';
		copy.style.left = '-100000px';
		document.body.append(copy);
		const text = copy.innerText;
		copy.remove();
		return text;
	});
	return englishOnly.filter((phrase) => new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text));
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'id'));
});

test('the norm-set pages show no English wording in Indonesian', async ({ page }) => {
	expect(englishOnly.length).toBeGreaterThan(100);

	await page.goto('/norms');
	await expect(page.getByRole('heading', { level: 1, name: 'Set norma' })).toBeVisible();
	await expect(page.getByTestId('norm-sets').locator('li').first()).toBeVisible();
	expect(await englishLeftIn(page)).toEqual([]);

	await page.goto('/norms/view?key=' + encodeURIComponent('german-h2019@2'));
	await expect(page.getByTestId('models')).toBeVisible();
	await expect(page.locator('main dl').last()).toContainText('Batas waktu DST pada norma');
	expect(await englishLeftIn(page)).toEqual([]);

	await page.goto('/norms/enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Ketik set norma yang telah dipublikasikan' })).toBeVisible();
	// An empty form, previewed: the field messages and the summary are Indonesian too.
	await page.getByRole('button', { name: 'Pratinjau ambang' }).click();
	await expect(page.getByTestId('form-problems')).toContainText('isian perlu diperbaiki');
	await page.getByLabel('Usia contoh (tahun)').fill('150');
	await page.getByRole('button', { name: 'Pratinjau ambang' }).click();
	await expect(page.getByText('Masukkan usia dari 0 sampai 120 tahun.')).toBeVisible();
	await expect(page.locator('[data-field-error="values.ncta_s.intercept"]')).toHaveText('Masukkan angka.');
	expect(await englishLeftIn(page)).toEqual([]);

	await page.goto('/norms/build');
	await expect(page.getByTestId('control-count')).toContainText('kontrol ditemukan dengan PHES kertas lengkap');
	await page.getByLabel('Id set norma').fill('Bukan Id');
	await page.getByRole('button', { name: 'Hitung' }).click();
	await expect(page.getByText("Gunakan huruf kecil dan angka yang digabung dengan '-', mis. local-jakarta-hc.")).toBeVisible();
	expect(await englishLeftIn(page)).toEqual([]);
});

test('the export and import pages show no English wording in Indonesian, and files keep their names', async ({ page }) => {
	await page.goto('/export');
	await expect(page.getByRole('heading', { level: 1, name: 'Ekspor' })).toBeVisible();
	expect(await englishLeftIn(page)).toEqual([]);
	await page.getByLabel(/Tabel CSV rapi/).check();
	await page.getByRole('button', { name: 'Buat ekspor' }).click();
	const built = page.getByTestId('export-built');
	await expect(built).toContainText('Siap: 0 partisipan, 0 kunjungan, 0 sesi');
	// File names and the files inside are data: the same words in every UI language.
	await expect(page.getByTestId('export-files')).toContainText('participants.csv');
	await expect(built.getByRole('button', { name: /^Unduh .*-tidy\.zip/ })).toBeVisible();
	expect(await englishLeftIn(page)).toEqual([]);

	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Impor' })).toBeVisible();
	await page.getByLabel(/Bundel atau berkas studi/).setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
	await expect(page.getByTestId('import-refused')).toContainText('Tidak ada yang diimpor.');
	await expect(page.getByTestId('import-refused')).toContainText('“rusak.json”');
	await expect(page.getByTestId('import-refused')).toContainText('Berkas bukan JSON yang lengkap');
	expect(await englishLeftIn(page)).toEqual([]);
});

test('the same pages stay English when no language is chosen', async ({ page }) => {
	await page.addInitScript(() => localStorage.removeItem('PARAGLIDE_LOCALE'));
	await page.goto('/norms');
	await expect(page.getByRole('heading', { level: 1, name: 'Norm sets' })).toBeVisible();
	await page.goto('/export');
	await expect(page.getByRole('button', { name: 'Build the export' })).toBeVisible();
	await page.goto('/import');
	await expect(page.getByText('Bundle or study file (.json), one or more')).toBeVisible();
});
