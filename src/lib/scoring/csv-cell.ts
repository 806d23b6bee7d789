// Cells for CSV files people open in spreadsheets (design.md › Exports): a cell that starts with
// = + - @ (or tab / carriage return) would run as a formula, so it gets a leading apostrophe,
// except plain numbers such as -5, which must stay numbers.

export const plainNumberPattern = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** `neutraliseCell('=HYPERLINK("x")')` → `'=HYPERLINK("x")`; `neutraliseCell('-5')` → `-5`. */
export function neutraliseCell(text: string): string {
	return /^[=+\-@\t\r]/.test(text) && !plainNumberPattern.test(text) ? `'${text}` : text;
}

/** A '.'-decimal number as written in a CSV cell, or why it is not one. */
export function parseCsvNumber(text: string): { ok: true; value: number } | { ok: false; message: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, message: 'is empty' };
	if (plainNumberPattern.test(trimmed)) return { ok: true, value: Number(trimmed) };
	if (/^[-+]?\d+,\d+$/.test(trimmed)) return { ok: false, message: `'${trimmed}' uses a decimal comma; write '.' for decimals` };
	return { ok: false, message: `'${trimmed}' is not a number` };
}
