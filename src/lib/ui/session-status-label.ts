// A session's status as the examiner reads it; the stored code (in_progress, …) is data.
import type { SessionRecord } from '../model/records';
import { m } from '../i18n/paraglide/messages.js';

export const sessionStatusLabel: Record<SessionRecord['status'], () => string> = {
	in_progress: m.session_status_in_progress,
	complete: m.session_status_complete,
	interrupted: m.session_status_interrupted,
	abandoned: m.session_status_abandoned
};
