// Numbers typed into a form, as they come from papers: a Unicode minus (−) is accepted, a decimal
// comma is refused with a hint rather than guessed (1,234 could be either). And numbers shown
// back as stored, with the same typographic minus.

export type FormNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

const plainNumber = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * `parseFormNumber('−0.026057')` → −0.026057; `parseFormNumber('')` → undefined (blank);
 * `parseFormNumber('0,5')` → a message asking for a decimal point.
 */
export function parseFormNumber(text: string, { integer = false } = {}): FormNumber {
	const cleaned = text.trim().replace(/\u2212/g, '-');
	if (cleaned === '') return { ok: true, value: undefined };
	if (cleaned.includes(',')) return { ok: false, message: 'Use a point for decimals (e.g. 0.0109), not a comma.' };
	if (!plainNumber.test(cleaned)) return { ok: false, message: `'${text.trim()}' is not a number.` };
	const value = Number(cleaned);
	if (integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
	return { ok: true, value };
}

/** Numbers as stored, with a typographic minus: −0.184867. */
export const formatNumber = (n: number) => String(n).replace('-', '−');
