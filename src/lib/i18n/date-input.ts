// Dates are shown and typed in one format in every UI language: ISO 8601, YYYY-MM-DD (the
// stored form). Indonesian writes day/month/year and US English month/day/year, so any local
// order would be misread on one side; the browser's own date picker follows the browser's
// language, not the app's, so dates are typed as text in this one format instead.

export const isoDateInputPattern = '\\d{4}-\\d{1,2}-\\d{1,2}';

/**
 * What the examiner typed, tidied to YYYY-MM-DD where that is unambiguous: spaces trimmed and a
 * one-digit month or day padded (`2026-3-5` → `2026-03-05`). Anything else is returned trimmed,
 * for the validator to refuse with its message.
 */
export function isoDateInputText(text: string): string {
	const trimmed = text.trim();
	const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
	if (!match) return trimmed;
	return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}
