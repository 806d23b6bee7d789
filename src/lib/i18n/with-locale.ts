// Runs code with the UI language fixed, then puts the language lookup back: how a unit test (in
// Node, where the strategy always gives the base locale) checks the Indonesian words.
import { getLocale, overwriteGetLocale, type Locale } from './paraglide/runtime.js';

export function withLocale<T>(locale: Locale, run: () => T): T {
	const original = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return run();
	} finally {
		overwriteGetLocale(original);
	}
}
