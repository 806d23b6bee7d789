import { isIsoDate, type IsoDate } from '../model/dates';
import { m } from '../i18n/paraglide/messages.js';

/** Why a visit date cannot be saved, or null when it can. An empty date clears the visit. */
export function visitDateProblem(date: string, baselineDate: IsoDate, today: IsoDate): string | null {
	if (date === '') return null;
	if (!isIsoDate(date)) return m.visit_error_date_invalid();
	if (date < baselineDate) return m.visit_error_before_baseline({ baseline: baselineDate });
	if (date > today) return m.visit_error_future();
	return null;
}
