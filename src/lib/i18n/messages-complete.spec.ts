// Every examiner string exists in every UI language: a message missing from one file would
// silently fall back to English on an Indonesian laptop.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { baseLocale: string; locales: string[] };
const messagesOf = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, unknown>;
const keysOf = (locale: string) => Object.keys(messagesOf(locale)).filter((key) => key !== '$schema').sort();

describe('UI messages', () => {
	it('exist in English and Bahasa Indonesia', () => {
		expect(settings.locales).toEqual(['en', 'id']);
		expect(settings.baseLocale).toBe('en');
	});

	it.each(['id'])('every English message has a non-empty %s translation and no extra key', (locale) => {
		const base = keysOf('en');
		expect(base.length).toBeGreaterThan(0);
		expect(keysOf(locale)).toEqual(base);
		const translated = messagesOf(locale);
		const empty = base.filter((key) => typeof translated[key] !== 'string' || (translated[key] as string).trim() === '');
		expect(empty).toEqual([]);
	});

	it('uses the same placeholders in every language', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		const en = messagesOf('en');
		const id = messagesOf('id');
		const differing = keysOf('en').filter(
			(key) => JSON.stringify(placeholders(String(en[key]))) !== JSON.stringify(placeholders(String(id[key])))
		);
		expect(differing).toEqual([]);
	});
});
