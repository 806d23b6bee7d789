// Starting and resuming a digital PHES session.
import type { HepcogDb } from '../../storage/db';
import type { SessionRecord } from '../../model/records';
import { endTaskRun, listTaskRuns, setSessionStatus, startSessionOnly } from '../../storage/repos/session-repo';
import { phesSubtest } from '../../tasks/phes/battery';
import type { SubtestSpec } from '../../tasks/phes/subtest';

export interface PhesStart {
	session: SessionRecord;
	subtests: SubtestSpec[];
	startAt: number;
}

/** The subtests a session was started with, in order (stored in its provenance). */
export function sessionSubtests(session: SessionRecord): SubtestSpec[] {
	return String(session.provenance.subtests ?? '')
		.split(',')
		.flatMap((id) => phesSubtest(id) ?? []);
}

export async function startPhesSession(
	db: HepcogDb,
	args: { participantId: string; visitId: string; examiner: string; subtests: SubtestSpec[]; provenance: SessionRecord['provenance'] }
): Promise<PhesStart> {
	const session = await startSessionOnly(db, {
		visitId: args.visitId,
		participantId: args.participantId,
		battery: 'phes',
		examiner: args.examiner,
		provenance: { ...args.provenance, subtests: args.subtests.map((s) => s.id).join(',') }
	});
	return { session, subtests: args.subtests, startAt: 0 };
}

/**
 * Reopens an interrupted battery at the start of the subtest that was interrupted: completed
 * subtests are kept, the interrupted one is kept as aborted data and given again.
 */
export async function resumePhesSession(db: HepcogDb, session: SessionRecord, timeStampMs: number, device: Record<string, string | number | boolean | null>): Promise<PhesStart> {
	const runs = await listTaskRuns(db, session.id);
	for (const run of runs.filter((r) => r.status === 'interrupted' || r.status === 'in_progress')) {
		await endTaskRun(db, run.id, 'aborted', null, { type: 'subtest_aborted', timeStampMs, detail: { reason: 'interrupted; given again on resume' } });
	}
	const subtests = sessionSubtests(session);
	const done = new Set(runs.filter((r) => r.status === 'complete').map((r) => r.task));
	const startAt = Math.max(0, subtests.findIndex((s) => !done.has(s.id)));
	const resumed = await setSessionStatus(db, session.id, 'in_progress', { type: 'resumed', timeStampMs, detail: { ...device } });
	return { session: resumed, subtests, startAt };
}
