// Calendar dates are stored as ISO strings (YYYY-MM-DD) with no time zone: a visit happens on a
// day, wherever the laptop is. Arithmetic is done in UTC so it never shifts by a day.

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
	const match = isoDatePattern.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtc(date: IsoDate): Date {
	if (!isIsoDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
	return new Date(`${date}T00:00:00Z`);
}

/** `addDays('2026-01-01', 90)` → `'2026-04-01'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
	const result = toUtc(date);
	result.setUTCDate(result.getUTCDate() + days);
	return result.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The local calendar date of a moment, as the examiner's laptop sees it. */
export function localIsoDate(moment: Date): IsoDate {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
