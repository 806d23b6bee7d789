import { isIsoDate, type IsoDate } from '../model/dates';

/** Why a visit date cannot be saved, or null when it can. An empty date clears the visit. */
export function visitDateProblem(date: string, baselineDate: IsoDate, today: IsoDate): string | null {
	if (date === '') return null;
	if (!isIsoDate(date)) return 'Enter the visit date as a real date (YYYY-MM-DD).';
	if (date < baselineDate) return `A visit cannot be before the baseline date (${baselineDate}).`;
	if (date > today) return 'A visit cannot be recorded as held in the future.';
	return null;
}
