/** A new random record id (UUID v4), unique across laptops. */
export function newId(): string {
	return crypto.randomUUID();
}

/** The current moment as ISO 8601 with the laptop's UTC offset, e.g. 2026-11-26T20:34:48.123+07:00. */
export function nowIso(moment: Date = new Date()): string {
	const offsetMin = -moment.getTimezoneOffset();
	const sign = offsetMin >= 0 ? '+' : '-';
	const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');
	const local = new Date(moment.getTime() + offsetMin * 60_000);
	return (
		`${local.toISOString().slice(0, 23)}` + `${sign}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`
	);
}
