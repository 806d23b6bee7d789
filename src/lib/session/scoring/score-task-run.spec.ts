import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantRecord, StudyRecord, VisitRecord } from '../../model/records';
import { normSetChecksum } from '../../scoring/norm-sets/checksum';
import { germanH2019 } from '../../scoring/norm-sets/builtin';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import { recordPaperEntry } from '../../storage/repos/paper-entry-repo';
import { createParticipant } from '../../storage/repos/participant-repo';
import { listScores } from '../../storage/repos/score-repo';
import { ensureStudy, saveStudy } from '../../storage/repos/study-repo';
import { rescoreStudy, scoreTaskRun } from './score-task-run';
import { testParticipant } from '../../model/fixtures/participant';

// How a score is made is tested in scoring/task-run-score.spec.ts; here what is read and stored.
let db: HepcogDb;
let study: StudyRecord;
let participant: ParticipantRecord;
let baseline: VisitRecord;

// The worked example of scorePhes: every value 0 for a man of 50 with 12 school years.
const zeroes = { ncta_s: 24, nctb_s: 63, dst_count: 48, dst_time_limit_s: 90, sdt_s: 38, ltt_s: 74, ltt_errors: 26, notes: null };

const entry = async (task = 'phes_paper') =>
	(await recordPaperEntry(db, { visitId: baseline.id, participantId: participant.id, examiner: 'Dr A', task, parameters: {}, values: zeroes, provenance: {} })).taskRun;

beforeEach(async () => {
	db = await openHepcogDb({}, 'score-task-run');
	study = await ensureStudy(db);
	const made = await createParticipant(db, study, testParticipant(study.arms[0]!.id, { code: 'P-01', birthDate: '1976-05-20', sex: 'm', educationYears: 12, educationLevel: 'sma' }));
	participant = made.participant;
	baseline = made.visits[0]!;
});
afterEach(() => db.close());

describe('scoreTaskRun', () => {
	it('scores a paper PHES with the study’s set, with age at the visit, and stores it', async () => {
		const run = await entry();
		const score = await scoreTaskRun(db, run.id);
		expect(score).toMatchObject({
			taskRunId: run.id,
			test: 'phes',
			normSetId: 'german-h2019',
			normSetVersion: 2,
			normSetChecksum: await normSetChecksum(germanH2019),
			covariates: { ageYears: 50, educationYears: 12, sex: 'm' },
			values: { phes_total: 0, phes_abnormal: false },
			refusal: null,
			supersededAt: null
		});
		expect(await listScores(db, run.id)).toEqual([score]);
	});

	it('scores nothing the study chose no set for, and no task that is not scored on its own', async () => {
		const ncta = await entry('ncta');
		expect(await scoreTaskRun(db, ncta.id)).toBeNull();
		study = await saveStudy(db, study, { ...study, phesNormSetKey: null });
		const run = await entry();
		expect(await scoreTaskRun(db, run.id)).toBeNull();
		expect(await listScores(db, run.id)).toEqual([]);
	});

	it('stores a refusal when the chosen set is not on this laptop', async () => {
		study = await saveStudy(db, study, { ...study, phesNormSetKey: 'local-gone@2' });
		const run = await entry();
		expect(await scoreTaskRun(db, run.id)).toMatchObject({ normSetId: 'local-gone', normSetVersion: 2, normSetChecksum: '', refusal: 'The chosen norm set local-gone@2 is not on this laptop.' });
	});
});

it('rescoreStudy re-scores every complete run; the earlier score becomes history', async () => {
	const run = await entry();
	const first = await scoreTaskRun(db, run.id);
	expect(await rescoreStudy(db, study.id)).toBe(1);
	const [current, earlier] = await listScores(db, run.id);
	expect(current?.id).not.toBe(first?.id);
	expect(earlier).toMatchObject({ id: first?.id, supersededAt: expect.any(String) });
});
