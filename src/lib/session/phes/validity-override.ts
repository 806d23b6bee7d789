// The examiner overrides a subtest run's invalid verdict: who, when (the event's time) and why are
// kept as an event of the run's session, the run itself is left as measured, and the visit's PHES
// is gathered and scored again at once, counting that run and flagged as overridden.
import type { HepcogDb } from '../../storage/db';
import { getSession, getTaskRun } from '../../storage/repos/session-repo';
import { recordEvents } from '../../storage/repos/trial-repo';
import { overrideProblem, validityOverrideEventType } from '../../tasks/phes/digital/validity-override';
import { repairVisitPhes } from './gather-visit';

export async function overrideSubtestVerdict(
	db: HepcogDb,
	args: { taskRunId: string; examiner: string; reason: string; timeStampMs: number }
): Promise<{ ok: true } | { ok: false; problem: string }> {
	const problem = overrideProblem(args.examiner, args.reason);
	if (problem) return { ok: false, problem };
	const run = await getTaskRun(db, args.taskRunId);
	if (!run || run.status !== 'complete' || run.summary?.validity !== 'invalid') return { ok: false, problem: 'Only a complete subtest run judged invalid can be overridden.' };
	const session = await getSession(db, run.sessionId);
	if (!session) return { ok: false, problem: 'This session no longer exists.' };
	const detail = { examiner: args.examiner.trim(), reason: args.reason.trim() };
	await recordEvents(db, run.sessionId, run.id, [{ type: validityOverrideEventType, timeStampMs: args.timeStampMs, detail, trialSeq: null }]);
	await repairVisitPhes(db, session.visitId, args.timeStampMs);
	return { ok: true };
}
