// A session's or task run's status in running text on the results pages (lower case, as it
// reads inside a sentence); the stored code is data.
import type { SessionStatus, TaskRunStatus } from '../model/records';
import { m } from '../i18n/paraglide/messages.js';

const labels: Record<SessionStatus | TaskRunStatus, () => string> = {
	in_progress: m.review_run_status_in_progress,
	complete: m.review_run_status_complete,
	interrupted: m.review_run_status_interrupted,
	aborted: m.review_run_status_aborted,
	abandoned: m.review_run_status_abandoned
};

export const runStatusLabel = (status: SessionStatus | TaskRunStatus): string => labels[status]?.() ?? status;
