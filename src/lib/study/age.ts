import { isIsoDate, type IsoDate } from '../model/dates';

/** What is known of a participant's birth: the full date, or only the year. */
export interface BirthInfo {
	birthDate: IsoDate | null;
	birthYear: number | null;
}

/**
 * Completed years of age on `onDate`.
 * With only a birth year the participant is taken as born on 1 July of that year (mid-year), so the
 * error is at most half a year either way. `ageYearsAt({birthDate:'1970-06-15', birthYear:null},
 * '2026-06-14')` → 55. Returns null when birth is unknown.
 */
export function ageYearsAt(birth: BirthInfo, onDate: IsoDate): number | null {
	const birthDate = birth.birthDate ?? (birth.birthYear !== null ? `${birth.birthYear}-07-01` : null);
	if (birthDate === null || !isIsoDate(birthDate) || !isIsoDate(onDate)) return null;
	const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
	const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
	const hadBirthday = m > bm || (m === bm && d >= bd);
	return y - by - (hadBirthday ? 0 : 1);
}
