// The examiner's override of a subtest run judged invalid: kept as an event of the run's session
// (who, when, why), never as an edit of the run, so the run's own verdict stays as it was measured.
import type { EventRecord } from '../../../model/records';

export const validityOverrideEventType = 'validity_override';

export interface ValidityOverride {
	taskRunId: string;
	examiner: string;
	reason: string;
	/** ISO time the override was recorded. */
	at: string;
}

/** The overrides among a session's events. */
export function validityOverridesIn(events: readonly EventRecord[]): ValidityOverride[] {
	return events
		.filter((e) => e.type === validityOverrideEventType && e.taskRunId !== null)
		.map((e) => ({ taskRunId: e.taskRunId!, examiner: String(e.detail.examiner ?? ''), reason: String(e.detail.reason ?? ''), at: e.at }));
}

/** Null when the override may be recorded, else what is missing. */
export function overrideProblem(examiner: string, reason: string): string | null {
	if (examiner.trim() === '') return 'Name the examiner who overrides the verdict.';
	if (reason.trim() === '') return 'Give the reason for overriding the verdict.';
	return null;
}
