// Automatic scoring: a completed task run (or a saved paper entry) is scored with the study's
// chosen norm set, and the score is stored with the exact set (id, version, checksum) it used.
import type { HepcogDb } from '../../storage/db';
import type { CellValue, ScoreRecord, StudyRecord, TaskRunRecord } from '../../model/records';
import { getParticipant, listParticipants } from '../../storage/repos/participant-repo';
import { saveScore, type NewScore } from '../../storage/repos/score-repo';
import { getSession, getTaskRun, listSessionsOfParticipant, listTaskRuns } from '../../storage/repos/session-repo';
import { getStudy } from '../../storage/repos/study-repo';
import { getVisit } from '../../storage/repos/visit-repo';
import { listTrials } from '../../storage/repos/trial-repo';
import { ageYearsAt } from '../../study/age';
import type { Person } from '../../scoring/covariates';
import type { PhesNormSet, StroopNormSet } from '../../scoring/norm-set';
import { findNormSet } from './norm-set-catalogue';
import { scorePhes, type PhesRaw, type PhesScore } from '../../scoring/phes-score';
import { scoreStroop, type StroopModality, type StroopScore } from '../../scoring/stroop-score';
import { sdSteps } from '../../scoring/thresholds';
import { phes6Values } from '../../scoring/value-keys';

const testOfTask: Record<string, 'phes' | 'stroop' | undefined> = { stroop: 'stroop', phes_paper: 'phes', phes_digital: 'phes' };

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

/** The input modality of a Stroop run: touch only when every scored answer was by touch. */
async function stroopModality(db: HepcogDb, taskRunId: string): Promise<StroopModality> {
	const used = (await listTrials(db, taskRunId)).filter((t) => t.values.phase === 'test').map((t) => String(t.values.modality));
	const others = used.filter((m) => m !== 'touch');
	if (others.length === 0) return 'touch';
	const counts = new Map<string, number>();
	for (const m of others) counts.set(m, (counts.get(m) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]![0] as StroopModality;
}

const thresholdList = (t: Record<number, number> | undefined) => (t ? sdSteps.map((k) => t[k]!) : []);

/** Scores a completed task run with the study's chosen set; null when the study chose none. */
export async function scoreTaskRun(db: HepcogDb, taskRunId: string): Promise<ScoreRecord | null> {
	const taskRun = await getTaskRun(db, taskRunId);
	const test = taskRun && testOfTask[taskRun.task];
	if (!taskRun || !test || taskRun.status !== 'complete' || !taskRun.summary) return null;
	const context = await personAt(db, taskRun);
	if (!context) return null;
	const key = test === 'phes' ? context.study.phesNormSetKey : context.study.stroopNormSetKey;
	if (!key) return null;
	const set = await findNormSet(db, key);
	const base = { taskRunId, test, covariates: { ...context.person } as Record<string, CellValue> };
	if (!set) return saveScore(db, refused(base, key, `The chosen norm set ${key} is not on this laptop.`));
	const summary = taskRun.summary;
	if (test === 'phes') {
		const raw = Object.fromEntries(phes6Values.map((v) => [v, typeof summary[v] === 'number' ? summary[v] : null])) as PhesRaw;
		const result = await scorePhes(raw, context.person, set as PhesNormSet, { administration: taskRun.administration });
		if (!result.ok) return saveScore(db, refused(base, key, result.reason, result.flags));
		const thresholds = Object.fromEntries(Object.entries(result.thresholds).map(([v, t]) => [v, thresholdList(t)]));
		return saveScore(db, scored(base, result, { ...result.values, phes_total: result.total, phes_abnormal: result.abnormal }, thresholds));
	}
	const stroopSummary = { total_time_s: num(summary.total_time_s), off_time_s: num(summary.off_time_s), on_time_s: num(summary.on_time_s) };
	const result = await scoreStroop(stroopSummary, context.person, set as StroopNormSet, { modality: await stroopModality(db, taskRunId) });
	if (!result.ok) return saveScore(db, refused(base, key, result.reason, result.flags));
	const values: Record<string, CellValue> = { stroop_abnormal: result.abnormal };
	const thresholds: Record<string, number[]> = {};
	for (const [value, score] of Object.entries(result.values)) {
		if (score.kind === 'cutoff') values[`${value}_abnormal`] = score.abnormal;
		else {
			values[`${value}_z`] = score.z;
			values[`${value}_score`] = score.band;
			thresholds[value] = thresholdList(score.thresholds);
		}
	}
	return saveScore(db, scored(base, result, values, thresholds));
}

type ScoreBase = Pick<NewScore, 'taskRunId' | 'test' | 'covariates'>;

/** A score as stored: with the exact norm set (id, version, checksum) and covariates it used. */
function scored(base: ScoreBase, result: PhesScore | StroopScore, values: NewScore['values'], thresholds: NewScore['thresholds']): NewScore {
	return {
		...base,
		normSetId: result.normSet.id,
		normSetVersion: result.normSet.version,
		normSetChecksum: result.normSet.checksum,
		covariates: { ...base.covariates, ...result.covariates },
		values,
		thresholds,
		flags: result.flags,
		refusal: null
	};
}

const num = (value: CellValue | undefined) => (typeof value === 'number' ? value : null);

function refused(base: ScoreBase, key: string, reason: string, flags: string[] = []): NewScore {
	const [id = key, version = '0'] = key.split('@');
	return { ...base, normSetId: id, normSetVersion: Number(version), normSetChecksum: '', values: {}, thresholds: {}, flags, refusal: reason };
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
