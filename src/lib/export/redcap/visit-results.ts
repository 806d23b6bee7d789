// What the REDCap export reports for each participant × visit: per test (Stroop, PHES) the run
// that counts and its current score. The run is chosen by the rule the digital PHES uses for its
// subtests (tasks/counting-run.ts: the last valid complete run), over every session of the visit.
import type { Dataset } from '../../model/dataset';
import type { ParticipantRecord, ScoreRecord, SessionRecord, StudyRecord, TaskRunRecord, VisitRecord } from '../../model/records';
import { countingRun } from '../../tasks/counting-run';
import { taskDefinitions } from '../../tasks/registry';
import { scoredTestOf, type ScoredTest } from '../../scoring/task-run-score';
import { groupBy } from '../../model/group-by';

/** One test at one visit. */
export interface InstrumentResult {
	visit: VisitRecord;
	/** The session of the counting run; without one, the visit's last session of the test. */
	session: SessionRecord;
	/** The last complete scored run of the test at the visit; null when none completed. */
	run: TaskRunRecord | null;
	/** The run's current score (not superseded), the latest if several; null when not scored. */
	score: ScoreRecord | null;
}

export interface VisitResults {
	participant: ParticipantRecord;
	visit: VisitRecord;
	results: Record<ScoredTest, InstrumentResult | null>;
}

export const scoredTests: readonly ScoredTest[] = ['stroop', 'phes'];

/** The tasks whose runs are scored as each test (stroop; phes_paper and phes_digital). */
const scoredTasks = Object.fromEntries(scoredTests.map((test) => [test, Object.keys(taskDefinitions).filter((task) => scoredTestOf(task) === test)])) as Record<ScoredTest, string[]>;

/** The test a session gives: its battery is a scored task, or `phes`, the digital battery. */
const testOfSession = (session: SessionRecord): ScoredTest | undefined => scoredTestOf(session.battery) ?? (session.battery === 'phes' ? 'phes' : undefined);

const byStart = <T extends { startedAt: string; id: string }>(a: T, b: T) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

/** The current score of a run: not superseded, the latest made (two laptops may each have scored it). */
function currentScore(scores: readonly ScoreRecord[]): ScoreRecord | null {
	const current = scores.filter((s) => s.supersededAt === null).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
	return current[0] ?? null;
}

/**
 * Every visit with a Stroop or PHES session, in participant-code then study-visit order, with what
 * each test gives there.
 */
export function visitResults(dataset: Dataset, study: StudyRecord): VisitResults[] {
	const participants = new Map(dataset.participant.map((p) => [p.id, p]));
	const sessionsOf = groupBy(dataset.session, (s) => s.visitId);
	const runsOf = groupBy(dataset.taskRun, (r) => r.sessionId);
	const scoresOf = groupBy(dataset.score, (s) => s.taskRunId);
	const visitOrder = new Map(study.visits.map((v, index) => [v.id, index]));
	const rows: VisitResults[] = [];
	for (const visit of dataset.visit) {
		const participant = participants.get(visit.participantId);
		const sessions = [...(sessionsOf.get(visit.id) ?? [])].sort(byStart);
		if (!participant || sessions.length === 0) continue;
		const results = Object.fromEntries(
			scoredTests.map((test) => {
				const ofTest = sessions.filter((s) => testOfSession(s) === test);
				const runs = ofTest.flatMap((s) => runsOf.get(s.id) ?? []).sort(byStart);
				const run = countingRun(runs, scoredTasks[test]) ?? null;
				const session = run ? ofTest.find((s) => s.id === run.sessionId)! : ofTest.at(-1);
				if (!session) return [test, null];
				const score = run ? currentScore((scoresOf.get(run.id) ?? []).filter((s) => s.test === test)) : null;
				return [test, { visit, session, run, score }];
			})
		) as Record<ScoredTest, InstrumentResult | null>;
		if (scoredTests.some((test) => results[test] !== null)) rows.push({ participant, visit, results });
	}
	const order = (row: VisitResults) => visitOrder.get(row.visit.studyVisitId) ?? Number.MAX_SAFE_INTEGER;
	return rows.sort((a, b) => a.participant.code.localeCompare(b.participant.code) || order(a) - order(b) || a.visit.targetDate.localeCompare(b.visit.targetDate));
}
