// The interruptions and examiner actions of a session as the results page names them, in the UI
// language. The stored event type (blur, run_aborted, …) is data and stays as it is.
import { m } from '../i18n/paraglide/messages.js';

const labels: Record<string, () => string> = {
	visibility_hidden: m.incident_visibility_hidden,
	blur: m.incident_blur,
	fullscreen_exit: m.incident_fullscreen_exit,
	resize: m.incident_resize,
	paused: m.incident_paused,
	run_aborted: m.incident_run_aborted,
	session_interrupted: m.incident_session_interrupted,
	resumed: m.incident_resumed,
	aborted_by_examiner: m.incident_aborted_by_examiner,
	closed_by_examiner: m.incident_closed_by_examiner
};

/** `blur` → "blur" (English) or its translation; an unknown type is shown readably as it is. */
export const incidentLabel = (type: string): string => labels[type]?.() ?? type.replaceAll('_', ' ');
