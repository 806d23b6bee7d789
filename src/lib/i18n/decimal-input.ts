// Numbers as the examiner types them, turned into the one form the validators and the stored
// data use (a dot for decimals, no grouping). Indonesian writes 12,5 for twelve and a half, so
// on an Indonesian laptop a decimal comma is accepted; a dot is accepted there too, because a
// numeric keypad types one. English keeps the dot only: there 1,500 would mean fifteen hundred,
// so a comma is left in place for the validator to refuse rather than guessed at.

/** The UI languages whose decimal separator is a comma. */
const decimalCommaLocales: ReadonlySet<string> = new Set(['id']);

/**
 * `decimalInputText('12,5', 'id')` → `'12.5'`; `decimalInputText(' 41.5 ', 'en')` → `'41.5'`.
 * Text that is not a plain decimal number is returned trimmed and otherwise unchanged, so the
 * validator still names the problem.
 */
export function decimalInputText(text: string, locale: string): string {
	const trimmed = text.trim();
	if (!decimalCommaLocales.has(locale)) return trimmed;
	// One comma between digits (or a leading one, ",5") is the decimal separator; two separators
	// (1.234,5) would be digit grouping, which is never needed for these values and is refused.
	if (/^[+-]?\d*,\d+$/.test(trimmed)) return trimmed.replace(',', '.');
	return trimmed;
}

/** The decimal separator the examiner is told to use in `locale`. */
export function decimalSeparator(locale: string): ',' | '.' {
	return decimalCommaLocales.has(locale) ? ',' : '.';
}
