import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLocalNormSet } from './local-norms';
import { openHepcogDb, type HepcogDb } from '../storage/db';
import type { ParticipantRecord, StudyRecord, VisitRecord } from '../model/records';
import { recordPaperEntry } from '../storage/repos/paper-entry-repo';
import type { NewParticipant } from '../model/records';
import { createParticipant } from '../storage/repos/participant-repo';
import { changeSessionStatus, startSession } from '../storage/repos/session-repo';
import { ensureStudy } from '../storage/repos/study-repo';
import { setVisitDate } from '../storage/repos/visit-repo';
import { defaultArmIds, defaultTransforms, localNormOptions } from './local-norm-options';
import { gatherControlRows, isPaperPhesRun, type ControlQuery } from './local-norm-controls';

let db: HepcogDb;
let study: StudyRecord;

const arm = (name: string) => study.arms.find((a) => a.name === name)!.id;

const person = (code: string, change: Partial<NewParticipant> = {}): NewParticipant => ({
	code,
	birthDate: '1965-05-20',
	birthYear: null,
	sex: 'f',
	educationYears: 9,
	educationLevel: 'smp',
	handedness: 'right',
	armId: arm('Healthy control'),
	site: '',
	testLanguage: 'id',
	colourVisionMethod: 'ishihara',
	colourVisionResult: 'pass',
	baselineDate: '2026-11-02',
	...change
});

const phes = (ncta: number) => ({ ncta_s: ncta, nctb_s: 70, dst_count: 45, sdt_s: 40, ltt_s: 60, ltt_errors: 2, notes: null });

async function paper(participant: ParticipantRecord, visit: VisitRecord, values: Record<string, number | string | null>) {
	return recordPaperEntry(db, { visitId: visit.id, participantId: participant.id, examiner: 'Dr A', task: 'phes_paper', parameters: {}, values, provenance: {} });
}

async function control(code: string, change: Partial<NewParticipant> = {}) {
	return createParticipant(db, study, person(code, change));
}

const query = (change: Partial<ControlQuery> = {}): ControlQuery => ({ armIds: defaultArmIds(study.arms), administration: 'paper', visit: 'earliest', ...change });

beforeEach(async () => {
	db = await openHepcogDb({}, 'control-rows');
	study = await ensureStudy(db);
});
afterEach(() => db.close());

describe('gatherControlRows', () => {
	it('takes the healthy-control arm by default and gives age at the visit, education, sex and the six values', async () => {
		const { participant, visits } = await control('HC-01', { birthDate: '1965-11-10', educationYears: 12, sex: 'm' });
		await paper(participant, visits[0]!, phes(31.5));
		const other = await control('SEC-01', { armId: arm('Secretome') });
		await paper(other.participant, other.visits[0]!, phes(40));

		expect(defaultArmIds(study.arms)).toEqual([arm('Healthy control')]);
		const { rows, excluded } = await gatherControlRows(db, study, query());
		expect(excluded).toEqual([]);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			code: 'HC-01',
			label: 'HC-01',
			armName: 'Healthy control',
			visitName: 'Baseline',
			onDate: '2026-11-02',
			// Born 1965-11-10: still 60 on the baseline day 2026-11-02.
			ageYears: 60,
			educationYears: 12,
			sex: 'm',
			values: { ncta_s: 31.5, nctb_s: 70, dst_count: 45, sdt_s: 40, ltt_s: 60, ltt_errors: 2 }
		});
		const both = await gatherControlRows(db, study, query({ armIds: [arm('Healthy control'), arm('Secretome')] }));
		expect(both.rows.map((r) => r.code)).toEqual(['HC-01', 'SEC-01']);
	});

	it('takes the earliest PHES by visit date, or the one of the chosen visit, with age on that day', async () => {
		const { participant, visits } = await control('HC-02');
		const [baseline, month3] = visits as [VisitRecord, VisitRecord];
		// Month 3 was typed in first, baseline afterwards: the baseline result is still the earliest.
		await setVisitDate(db, month3, '2027-02-01');
		await paper(participant, month3, phes(33));
		await paper(participant, baseline, phes(30));

		const earliest = await gatherControlRows(db, study, query());
		expect(earliest.rows.map((r) => [r.visitName, r.onDate, r.ageYears, r.values.ncta_s])).toEqual([['Baseline', '2026-11-02', 61, 30]]);

		const atMonth3 = await gatherControlRows(db, study, query({ visit: month3.studyVisitId }));
		expect(atMonth3.rows.map((r) => [r.visitName, r.onDate, r.ageYears, r.values.ncta_s])).toEqual([['Month 3', '2027-02-01', 61, 33]]);

		const atMonth7 = await gatherControlRows(db, study, query({ visit: study.visits[2]!.id }));
		expect(atMonth7.rows).toEqual([]);
		expect(atMonth7.excluded).toEqual([{ participantId: participant.id, code: 'HC-02', reason: 'no complete paper PHES at Month 7' }]);
	});

	it('lists the controls it leaves out and why: no PHES of the mode, a missing value', async () => {
		const none = await control('HC-03');
		const digital = await control('HC-04');
		await startSession(
			db,
			{ visitId: digital.visits[0]!.id, participantId: digital.participant.id, battery: 'phes', examiner: 'Dr A', provenance: {} },
			{ task: 'ncta', administration: 'digital', formId: 'ncta-1', seed: 1, parameters: {} }
		);
		const partial = await control('HC-05');
		await paper(partial.participant, partial.visits[0]!, { ...phes(30), ltt_errors: null });

		const { rows, excluded } = await gatherControlRows(db, study, query());
		expect(rows).toEqual([]);
		expect(excluded).toEqual([
			{ participantId: none.participant.id, code: 'HC-03', reason: 'no complete paper PHES' },
			{ participantId: digital.participant.id, code: 'HC-04', reason: 'no complete paper PHES' },
			{ participantId: partial.participant.id, code: 'HC-05', reason: 'the paper PHES of 2026-11-02 lacks ltt_errors' }
		]);
	});

	it('puts a digital PHES together from the subtests of one visit, each value from its earliest complete run', async () => {
		const { participant, visits } = await control('HC-06');
		const visit = { visitId: visits[0]!.id, participantId: participant.id, examiner: 'Dr A', provenance: {} };
		const run = async (task: string, summary: Record<string, number>) => {
			await new Promise((resolve) => setTimeout(resolve, 3)); // distinct start times (millisecond clock)
			const started = await startSession(db, { ...visit, battery: task }, { task, administration: 'digital', formId: 'f', seed: 1, parameters: {} });
			await changeSessionStatus(db, started.session.id, started.taskRun.id, { session: 'complete', taskRun: 'complete', summary, event: { type: 'completed', timeStampMs: 1, detail: {} } });
			return started.taskRun.id;
		};
		const ask = () => gatherControlRows(db, study, query({ administration: 'digital' }));
		expect((await ask()).excluded.map((e) => e.reason)).toEqual(['no complete digital PHES']);

		const ncta = await run('ncta', { time_s: 35.2, errors: 1 });
		await run('stroop', { total_time_s: 190, off_time_s: 90, on_time_s: 100 });
		expect((await ask()).excluded.map((e) => e.reason)).toEqual(['the digital PHES of 2026-11-02 lacks nctb_s, dst_count, sdt_s, ltt_s, ltt_errors']);

		const nctb = await run('nctb', { time_s: 80, errors: 0 });
		const dst = await run('dst', { correct_count: 41, time_limit_s: 90 });
		const sdt = await run('sdt', { time_s: 44 });
		const ltt = await run('ltt', { time_s: 70, errors: 3, time_outside_s: 1.2 });
		await run('ncta', { time_s: 99, errors: 0 }); // a repeat does not replace the first NCT-A
		const { rows } = await ask();
		expect(rows.map((r) => [r.code, r.values, r.taskRunIds])).toEqual([
			['HC-06', { ncta_s: 35.2, nctb_s: 80, dst_count: 41, sdt_s: 44, ltt_s: 70, ltt_errors: 3 }, [ncta, nctb, dst, sdt, ltt]]
		]);
		// The paper mode does not see digital runs.
		expect((await gatherControlRows(db, study, query())).rows).toEqual([]);
	});

	it('gives rows buildLocalNormSet can fit', async () => {
		for (let i = 0; i < 20; i++) {
			const { participant, visits } = await control(`HC-${String(i + 10)}`, { birthDate: `${1950 + i}-01-15`, educationYears: 6 + (i % 7) });
			const wobble = [1, -1, -1, 1][i % 4]!;
			await paper(participant, visits[0]!, { ncta_s: 20 + i + wobble, nctb_s: 60 + i + 3 * wobble, dst_count: 50 - i + wobble, sdt_s: 40 + wobble, ltt_s: 60 + i - wobble, ltt_errors: i % 4, notes: null });
		}
		const { rows } = await gatherControlRows(db, study, query());
		const options = localNormOptions({ id: 'local-test', version: 1, name: 'Test' }, 'Test study', {
			administration: 'paper',
			covariates: ['ageYears'],
			transforms: defaultTransforms,
			scatterAxis: 'ageYears'
		});
		const built = buildLocalNormSet(rows, options);
		expect(built.ok ? built.normSet.n : built.message).toBe(20);
		expect(built.ok && built.normSet.covariateRanges).toEqual({ ageYears: { min: 57, max: 76 }, educationYears: { min: 6, max: 12 } });
		const refused = buildLocalNormSet(rows, { ...options, values: Object.fromEntries(Object.entries(options.values).map(([v, spec]) => [v, { ...spec!, covariates: ['ageYears', 'educationYears'] }])) });
		expect(refused.ok ? '' : refused.message).toContain('The rule here is at least 10 controls per coefficient, so at least 30.');
	});
});

describe('isPaperPhesRun', () => {
	const run = { id: 'r', sessionId: 's', task: 'phes_paper', administration: 'paper' as const, formId: 'paper', seed: 0, parameters: {}, status: 'complete' as const, startedAt: '', endedAt: '', summary: {} };
	it('knows a complete paper entry and nothing else', () => {
		expect(isPaperPhesRun(run)).toBe(true);
		expect(isPaperPhesRun({ ...run, administration: 'digital' })).toBe(false);
		expect(isPaperPhesRun({ ...run, status: 'interrupted' })).toBe(false);
		expect(isPaperPhesRun({ ...run, summary: null })).toBe(false);
		expect(isPaperPhesRun({ ...run, task: 'ncta' })).toBe(false);
	});
});
