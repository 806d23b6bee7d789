// Automatic scoring: a completed task run (or a saved paper entry) is scored with the study's
// chosen norm set, and the score is stored with the exact set (id, version, checksum) it used.
// Here only the reading and saving; the score itself is made in scoring/task-run-score.ts.
import type { HepcogDb } from '../../storage/db';
import type { NewScore, ScoreRecord, StudyRecord, TaskRunRecord } from '../../model/records';
import { getParticipant, listParticipants } from '../../storage/repos/participant-repo';
import { saveScore } from '../../storage/repos/score-repo';
import { getSession, getTaskRun, listSessionsOfParticipant, listTaskRuns } from '../../storage/repos/session-repo';
import { getStudy } from '../../storage/repos/study-repo';
import { getVisit } from '../../storage/repos/visit-repo';
import { listTrials } from '../../storage/repos/trial-repo';
import { ageYearsAt } from '../../study/age';
import type { Person } from '../../scoring/covariates';
import type { PhesNormSet, StroopNormSet } from '../../scoring/norm-sets/norm-set';
import { missingNormSetScore, phesRunScore, scoredTestOf, stroopModalityOf, stroopRunScore } from '../../scoring/task-run-score';
import { findNormSet } from './norm-set-catalogue';

/** Age at the visit (the session's day when the visit has no date), education and sex. */
async function personAt(db: HepcogDb, taskRun: TaskRunRecord): Promise<{ person: Person; study: StudyRecord } | null> {
	const session = await getSession(db, taskRun.sessionId);
	const participant = session && (await getParticipant(db, session.participantId));
	const visit = session && (await getVisit(db, session.visitId));
	const study = participant && (await getStudy(db, participant.studyId));
	if (!session || !participant || !study) return null;
	const onDate = visit?.date ?? session.startedAt.slice(0, 10);
	return { study, person: { ageYears: ageYearsAt(participant, onDate), educationYears: participant.educationYears, sex: participant.sex } };
}

/**
 * The score a completed task run gets with the study's chosen set, not saved yet (the run may not
 * be stored yet either: a battery's gathered run is scored before the transaction that stores both);
 * null when the run is not scored or the study chose no set.
 */
export async function scoreFor(db: HepcogDb, taskRun: TaskRunRecord): Promise<NewScore | null> {
	const test = scoredTestOf(taskRun.task);
	if (!test || taskRun.status !== 'complete' || !taskRun.summary) return null;
	const context = await personAt(db, taskRun);
	if (!context) return null;
	const normSetKey = test === 'phes' ? context.study.phesNormSetKey : context.study.stroopNormSetKey;
	if (!normSetKey) return null;
	const set = await findNormSet(db, normSetKey);
	const run = { taskRunId: taskRun.id, test, summary: taskRun.summary, person: context.person, normSetKey };
	if (!set) return missingNormSetScore(run);
	if (test === 'phes') return phesRunScore(run, set as PhesNormSet, taskRun.administration);
	const modality = stroopModalityOf(await listTrials(db, taskRun.id));
	return stroopRunScore(run, set as StroopNormSet, modality);
}

/** Scores a completed task run with the study's chosen set; null when the study chose none. */
export async function scoreTaskRun(db: HepcogDb, taskRunId: string): Promise<ScoreRecord | null> {
	const taskRun = await getTaskRun(db, taskRunId);
	const score = taskRun && (await scoreFor(db, taskRun));
	return score ? saveScore(db, score) : null;
}

/** Re-scores every completed run of the study with its current choice; earlier scores become history. */
export async function rescoreStudy(db: HepcogDb, studyId: string): Promise<number> {
	let scored = 0;
	for (const participant of await listParticipants(db, studyId)) {
		for (const session of await listSessionsOfParticipant(db, participant.id)) {
			for (const run of await listTaskRuns(db, session.id)) {
				if (run.status === 'complete' && (await scoreTaskRun(db, run.id))) scored++;
			}
		}
	}
	return scored;
}
