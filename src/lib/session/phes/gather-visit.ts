// Gathering and scoring a visit's digital PHES: in the transaction that completes a battery, and
// again as a repair whenever the visit or its results are opened (a battery completed before
// gathering was done this way, a gathering left unfinished, a verdict overridden since). Both are
// idempotent: a gathering that would store the same values, sources and verdict stores nothing.
import type { HepcogDb } from '../../storage/db';
import type { CellValue, ScoreRecord, SessionRecord, TaskRunRecord } from '../../model/records';
import { newId } from '../../model/ids';
import { writeBatteryCompletion, type BatteryWrites } from '../../storage/repos/battery-repo';
import { listScores } from '../../storage/repos/score-repo';
import { getSession, listSessionsOfVisit, listTaskRuns } from '../../storage/repos/session-repo';
import { listEvents } from '../../storage/repos/trial-repo';
import { countingRun } from '../../tasks/counting-run';
import { phesDigitalDefinition } from '../../tasks/phes/digital/definition';
import { gatherDigitalPhes, gatheredSummary, sameGathering, type DigitalPhesGathering } from '../../tasks/phes/digital/results';
import { validityOverridesIn, type ValidityOverride } from '../../tasks/phes/digital/validity-override';
import { scoreFor } from '../scoring/score-task-run';

const gatheredTask = phesDigitalDefinition.id;

/** What the visit's digital PHES is made of: its PHES sessions, their runs and the examiner's overrides. */
export interface VisitPhesRecords {
	sessions: SessionRecord[];
	runs: TaskRunRecord[];
	overrides: ValidityOverride[];
}

export async function loadVisitPhes(db: HepcogDb, visitId: string): Promise<VisitPhesRecords> {
	const sessions = (await listSessionsOfVisit(db, visitId)).filter((s) => s.battery === 'phes');
	const runs: TaskRunRecord[] = [];
	const overrides: ValidityOverride[] = [];
	for (const session of sessions) {
		runs.push(...(await listTaskRuns(db, session.id)));
		overrides.push(...validityOverridesIn(await listEvents(db, session.id)));
	}
	return { sessions, runs, overrides };
}

/** The visit's gathering as it stands, and its current gathered run (the last complete one). */
export function visitGathering(records: VisitPhesRecords): { gathering: DigitalPhesGathering; current: TaskRunRecord | null } {
	const subtestRuns = records.runs.filter((r) => r.task !== gatheredTask);
	const current = countingRun(records.runs.filter((r) => r.task === gatheredTask).sort((a, b) => a.startedAt.localeCompare(b.startedAt)), [gatheredTask]) ?? null;
	return { gathering: gatherDigitalPhes(subtestRuns, records.overrides), current };
}

/** The writes that bring the visit's gathering up to date (nothing when it is). */
async function gatheringWrites(db: HepcogDb, records: VisitPhesRecords, targetSessionId: string | null, timeStampMs: number): Promise<BatteryWrites> {
	const writes: BatteryWrites = {};
	const unfinished = records.runs.filter((r) => r.task === gatheredTask && (r.status === 'in_progress' || r.status === 'interrupted'));
	if (unfinished.length > 0) {
		writes.abortRuns = unfinished.map((r) => ({ id: r.id, event: { type: 'gathering_repaired', timeStampMs, detail: { reason: 'gathering left unfinished; gathered again' } } }));
	}
	const { gathering, current } = visitGathering(records);
	if (!gathering.complete) return writes;
	const summary: Record<string, CellValue> = gatheredSummary(gathering);
	if (current && sameGathering(current.summary, summary)) {
		// Gathered already; a score lost on the way (say the study chose its norms later) is made now.
		if ((await listScores(db, current.id)).length === 0) {
			const score = await scoreSafely(db, current);
			if (score) writes.score = score;
		}
		return writes;
	}
	const sessionId = targetSessionId ?? latestSubtestSession(records);
	if (!sessionId) return writes;
	const id = newId();
	// Scored as it will be stored (storage stamps the times and the writing laptop).
	const run: TaskRunRecord = { id, sessionId, task: gatheredTask, administration: 'digital', formId: 'battery', seed: 0, parameters: {}, status: 'complete', startedAt: '', endedAt: null, summary, installationId: '', writtenAt: '', supersedes: [] };
	writes.gathered = { id, sessionId, summary, event: { type: 'phes_values_gathered', timeStampMs, detail: { battery_validity: gathering.validity } } };
	const score = await scoreSafely(db, run);
	if (score) writes.score = score;
	return writes;
}

/** A scoring that fails leaves the gathered run unscored (the next open scores it), never the battery unsaved. */
async function scoreSafely(db: HepcogDb, run: TaskRunRecord) {
	try {
		return await scoreFor(db, run);
	} catch {
		return null;
	}
}

/** The session of the visit's last complete subtest run: where a repaired gathering is stored. */
function latestSubtestSession(records: VisitPhesRecords): string | null {
	const complete = records.runs.filter((r) => r.task !== gatheredTask && r.status === 'complete').sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	return complete.at(-1)?.sessionId ?? null;
}

const nothingToWrite = (writes: BatteryWrites) => !writes.lastRun && !writes.completeSession && !writes.abortRuns && !writes.gathered && !writes.score;

/**
 * Completes a battery: its last subtest run ends with its summary, the session is marked complete,
 * and the visit's six values are gathered and scored — one transaction.
 */
export async function completePhesBattery(
	db: HepcogDb,
	args: { sessionId: string; lastRunId: string; summary: Record<string, CellValue>; timeStampMs: number }
): Promise<{ gathered: TaskRunRecord | null; score: ScoreRecord | null }> {
	const session = await getSession(db, args.sessionId);
	if (!session) throw new Error('This session no longer exists.');
	const records = await loadVisitPhes(db, session.visitId);
	// The last run as it will be once this transaction ends it.
	records.runs = records.runs.map((r) => (r.id === args.lastRunId ? { ...r, status: 'complete' as const, summary: args.summary } : r));
	const writes = await gatheringWrites(db, records, args.sessionId, args.timeStampMs);
	writes.lastRun = { id: args.lastRunId, summary: args.summary, event: { type: 'subtest_complete', timeStampMs: args.timeStampMs, detail: {} } };
	writes.completeSession = { id: args.sessionId, event: { type: 'completed', timeStampMs: args.timeStampMs, detail: {} } };
	return writeBatteryCompletion(db, writes);
}

/**
 * Brings a visit's gathering up to date when it is opened: an unfinished gathering is closed and
 * done again, a complete battery never gathered (or gathered before an override or a new run) is
 * gathered and scored. Returns whether anything was written.
 */
export async function repairVisitPhes(db: HepcogDb, visitId: string, timeStampMs = 0): Promise<boolean> {
	return repairLoadedVisitPhes(db, await loadVisitPhes(db, visitId), timeStampMs);
}

/** The same for a visit's records already loaded. */
export async function repairLoadedVisitPhes(db: HepcogDb, records: VisitPhesRecords, timeStampMs = 0): Promise<boolean> {
	if (records.sessions.length === 0) return false;
	const writes = await gatheringWrites(db, records, null, timeStampMs);
	if (nothingToWrite(writes)) return false;
	await writeBatteryCompletion(db, writes);
	return true;
}
