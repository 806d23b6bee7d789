import { beforeEach, describe, expect, it } from 'vitest';
import { buildLocalNormSet } from './local-norms';
import type { CellValue, NewParticipant, ParticipantRecord, SessionRecord, StudyRecord, TaskRunRecord, VisitRecord } from '../../model/records';
import { defaultStudy } from '../../study/study-defaults';
import { planVisits } from '../../study/visit-plan';
import { defaultArmIds, defaultTransforms, localNormOptions } from './local-norm-options';
import { controlRowsFrom, isPaperPhesRun, type ControlQuery } from './local-norm-controls';
import { testParticipant } from '../../model/fixtures/participant';
import { testWritten } from '../../model/fixtures/installation';

// The records of one study, in memory, made as the app makes them: a participant with their
// planned visits (baseline dated on the baseline day), a paper entry as one complete session and
// run, a digital subtest as a session and run of its own. Every record is stamped a millisecond
// after the one before, as records made one after another are.
let study: StudyRecord;
let participants: ParticipantRecord[];
let visits: VisitRecord[];
let sessions: SessionRecord[];
let taskRuns: TaskRunRecord[];
let made: number;

const newId = () => `id-${String(++made).padStart(4, '0')}`;
const stamp = () => new Date(Date.UTC(2026, 10, 20, 2, 0, 0, ++made)).toISOString();

const arm = (name: string) => study.arms.find((a) => a.name === name)!.id;

const person = (code: string, change: Partial<NewParticipant> = {}): NewParticipant => testParticipant(arm('Healthy control'), { code, ...change });

const phes = (ncta: number) => ({ ncta_s: ncta, nctb_s: 70, dst_count: 45, sdt_s: 40, ltt_s: 60, ltt_errors: 2, notes: null });

function control(code: string, change: Partial<NewParticipant> = {}): { participant: ParticipantRecord; visits: VisitRecord[] } {
	const now = stamp();
	const participant: ParticipantRecord = { ...person(code, change), id: newId(), studyId: study.id, createdAt: now, updatedAt: now, revision: 1, ...testWritten };
	const planned = planVisits(study.visits, participant.id, participant.baselineDate, newId, now).map((v) => ({ ...v, ...testWritten }));
	participants.push(participant);
	visits.push(...planned);
	return { participant, visits: planned };
}

/** A task run in a session of its own: complete with its summary, or still in progress. */
function run(participant: ParticipantRecord, visit: VisitRecord, task: string, administration: 'paper' | 'digital', summary: Record<string, CellValue> | null): string {
	const at = stamp();
	const status = summary === null ? 'in_progress' : 'complete';
	const session: SessionRecord = { id: newId(), visitId: visit.id, participantId: participant.id, battery: task, examiner: 'Dr A', status, startedAt: at, endedAt: summary === null ? null : at, provenance: {}, ...testWritten };
	const formId = administration === 'paper' ? 'paper' : 'f';
	const taskRun: TaskRunRecord = { id: newId(), sessionId: session.id, task, administration, formId, seed: 0, parameters: {}, status, startedAt: at, endedAt: session.endedAt, summary, ...testWritten };
	sessions.push(session);
	taskRuns.push(taskRun);
	return taskRun.id;
}

const paper = (participant: ParticipantRecord, visit: VisitRecord, values: Record<string, number | string | null>) => run(participant, visit, 'phes_paper', 'paper', values);

function setVisitDate(visit: VisitRecord, date: string) {
	visits = visits.map((v) => (v.id === visit.id ? { ...v, date } : v));
}

const query = (change: Partial<ControlQuery> = {}): ControlQuery => ({ armIds: defaultArmIds(study.arms), administration: 'paper', visit: 'earliest', ...change });

const gather = (q: ControlQuery) => controlRowsFrom({ study, participants, visits, sessions, taskRuns }, q);

beforeEach(() => {
	made = 0;
	study = { ...defaultStudy(newId, stamp()), ...testWritten };
	[participants, visits, sessions, taskRuns] = [[], [], [], []];
});

describe('controlRowsFrom', () => {
	it('takes the healthy-control arm by default and gives age at the visit, education, sex and the six values', () => {
		const { participant, visits } = control('HC-01', { birthDate: '1965-11-10', educationYears: 12, sex: 'm' });
		paper(participant, visits[0]!, phes(31.5));
		const other = control('SEC-01', { armId: arm('Secretome') });
		paper(other.participant, other.visits[0]!, phes(40));

		expect(defaultArmIds(study.arms)).toEqual([arm('Healthy control')]);
		const { rows, excluded } = gather(query());
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
		const both = gather(query({ armIds: [arm('Healthy control'), arm('Secretome')] }));
		expect(both.rows.map((r) => r.code)).toEqual(['HC-01', 'SEC-01']);
	});

	it('takes the earliest PHES by visit date, or the one of the chosen visit, with age on that day', () => {
		const { participant, visits } = control('HC-02');
		const [baseline, month3] = visits as [VisitRecord, VisitRecord];
		// Month 3 was typed in first, baseline afterwards: the baseline result is still the earliest.
		setVisitDate(month3, '2027-02-01');
		paper(participant, month3, phes(33));
		paper(participant, baseline, phes(30));

		const earliest = gather(query());
		expect(earliest.rows.map((r) => [r.visitName, r.onDate, r.ageYears, r.values.ncta_s])).toEqual([['Baseline', '2026-11-02', 61, 30]]);

		const atMonth3 = gather(query({ visit: month3.studyVisitId }));
		expect(atMonth3.rows.map((r) => [r.visitName, r.onDate, r.ageYears, r.values.ncta_s])).toEqual([['Month 3', '2027-02-01', 61, 33]]);

		const atMonth7 = gather(query({ visit: study.visits[2]!.id }));
		expect(atMonth7.rows).toEqual([]);
		expect(atMonth7.excluded).toEqual([{ participantId: participant.id, code: 'HC-02', reason: 'no complete paper PHES at Month 7' }]);
	});

	it('lists the controls it leaves out and why: no PHES of the mode, a missing value', () => {
		const none = control('HC-03');
		const digital = control('HC-04');
		run(digital.participant, digital.visits[0]!, 'ncta', 'digital', null);
		const partial = control('HC-05');
		paper(partial.participant, partial.visits[0]!, { ...phes(30), ltt_errors: null });

		const { rows, excluded } = gather(query());
		expect(rows).toEqual([]);
		expect(excluded).toEqual([
			{ participantId: none.participant.id, code: 'HC-03', reason: 'no complete paper PHES' },
			{ participantId: digital.participant.id, code: 'HC-04', reason: 'no complete paper PHES' },
			{ participantId: partial.participant.id, code: 'HC-05', reason: 'the paper PHES of 2026-11-02 lacks ltt_errors' }
		]);
	});

	it('puts a digital PHES together from the subtests of one visit by the battery’s own rule: each value from its last valid complete run', () => {
		const { participant, visits } = control('HC-06');
		const subtest = (task: string, summary: Record<string, CellValue>) => run(participant, visits[0]!, task, 'digital', summary);
		const ask = () => gather(query({ administration: 'digital' }));
		expect(ask().excluded.map((e) => e.reason)).toEqual(['no complete digital PHES']);

		const ncta = subtest('ncta', { time_s: 35.2, errors: 1 });
		subtest('stroop', { total_time_s: 190, off_time_s: 90, on_time_s: 100 });
		expect(ask().excluded.map((e) => e.reason)).toEqual(['the digital PHES of 2026-11-02 lacks nctb_s, dst_count, sdt_s, ltt_s, ltt_errors']);

		const nctb = subtest('nctb', { time_s: 80, errors: 0 });
		const dst = subtest('dst', { correct_count: 41, time_limit_s: 90 });
		const sdt = subtest('sdt', { time_s: 44 });
		const ltt = subtest('ltt', { time_s: 70, errors: 3, time_outside_s: 1.2 });
		subtest('ncta', { time_s: 20, errors: 0, validity: 'invalid', invalid_reasons: 'implausibly fast' }); // an invalid repeat is skipped
		const nctaAgain = subtest('ncta', { time_s: 33, errors: 0, validity: 'valid' }); // a valid repeat replaces the first NCT-A
		const { rows } = ask();
		expect(rows.map((r) => [r.code, r.values, r.taskRunIds])).toEqual([
			['HC-06', { ncta_s: 33, nctb_s: 80, dst_count: 41, sdt_s: 44, ltt_s: 70, ltt_errors: 3 }, [nctaAgain, nctb, dst, sdt, ltt]]
		]);
		expect(rows[0]?.dstTimeLimitS).toBe(90);
		expect(ncta).not.toBe(nctaAgain);
		// The paper mode does not see digital runs.
		expect(gather(query()).rows).toEqual([]);
	});

	it('leaves out a control whose digital PHES has a subtest with no valid run, saying why; an override lets the run count', () => {
		const { participant, visits: planned } = control('HC-07');
		const subtest = (task: string, summary: Record<string, CellValue>) => run(participant, planned[0]!, task, 'digital', summary);
		subtest('ncta', { time_s: 35.2 });
		subtest('nctb', { time_s: 80 });
		subtest('dst', { correct_count: 41 });
		subtest('sdt', { time_s: 44 });
		const ltt = subtest('ltt', { time_s: 2, errors: 2, validity: 'invalid', invalid_reasons: 'trace covered 12 % of the track (at least 95 % needed)' });
		const ask = (overrides = [] as { taskRunId: string; examiner: string; reason: string; at: string }[]) =>
			controlRowsFrom({ study, participants, visits, sessions, taskRuns, overrides }, query({ administration: 'digital' }));
		expect(ask().excluded.map((e) => e.reason)).toEqual(['the digital PHES of 2026-11-02 is not valid: LTT: trace covered 12 % of the track (at least 95 % needed)']);
		expect(ask([{ taskRunId: ltt, examiner: 'Dr A', reason: 'tremor', at: '2026-11-02T10:00:00.000+07:00' }]).rows.map((r) => r.values.ltt_s)).toEqual([2]);
		// A valid PHES at a later visit is taken instead of the invalid earliest one.
		setVisitDate(planned[1]!, '2026-12-01');
		for (const [task, summary] of [['ncta', { time_s: 30 }], ['nctb', { time_s: 70 }], ['dst', { correct_count: 44 }], ['sdt', { time_s: 40 }], ['ltt', { time_s: 65, errors: 1 }]] as const) {
			run(participant, planned[1]!, task, 'digital', summary);
		}
		expect(ask().rows.map((r) => [r.onDate, r.values.ltt_s])).toEqual([['2026-12-01', 65]]);
	});

	it('gives rows buildLocalNormSet can fit', () => {
		for (let i = 0; i < 20; i++) {
			const { participant, visits } = control(`HC-${String(i + 10)}`, { birthDate: `${1950 + i}-01-15`, educationYears: 6 + (i % 7) });
			const wobble = [1, -1, -1, 1][i % 4]!;
			paper(participant, visits[0]!, { ncta_s: 20 + i + wobble, nctb_s: 60 + i + 3 * wobble, dst_count: 50 - i + wobble, sdt_s: 40 + wobble, ltt_s: 60 + i - wobble, ltt_errors: i % 4, dst_time_limit_s: 90, notes: null });
		}
		const { rows } = gather(query());
		const options = localNormOptions({ id: 'local-test', version: 1, name: 'Test' }, 'Test study', {
			administration: 'paper',
			covariates: ['ageYears'],
			transforms: defaultTransforms,
			scatterAxis: 'ageYears'
		});
		const built = buildLocalNormSet(rows, options);
		expect(built.ok ? built.normSet.n : built.message).toBe(20);
		expect(built.ok && built.normSet.test === 'phes' && built.normSet.dstTimeLimitS).toBe(90);
		expect(built.ok && built.normSet.covariateRanges).toEqual({ ageYears: { min: 57, max: 76 }, educationYears: { min: 6, max: 12 } });
		const refused = buildLocalNormSet(rows, { ...options, values: Object.fromEntries(Object.entries(options.values).map(([v, spec]) => [v, { ...spec!, covariates: ['ageYears', 'educationYears'] }])) });
		expect(refused.ok ? '' : refused.message).toContain('The rule here is at least 10 controls per coefficient, so at least 30.');
	});

	it('follows the order of the participants given, and reads only their own visits, sessions and runs', () => {
		const a = control('HC-07');
		const b = control('HC-08');
		paper(b.participant, b.visits[0]!, phes(30));
		paper(a.participant, a.visits[0]!, phes(31));
		participants.reverse();
		expect(gather(query()).rows.map((r) => [r.code, r.values.ncta_s])).toEqual([
			['HC-08', 30],
			['HC-07', 31]
		]);
	});
});

describe('isPaperPhesRun', () => {
	const run = { id: 'r', sessionId: 's', task: 'phes_paper', administration: 'paper' as const, formId: 'paper', seed: 0, parameters: {}, status: 'complete' as const, startedAt: '', endedAt: '', summary: {}, ...testWritten };
	it('knows a complete paper entry and nothing else', () => {
		expect(isPaperPhesRun(run)).toBe(true);
		expect(isPaperPhesRun({ ...run, administration: 'digital' })).toBe(false);
		expect(isPaperPhesRun({ ...run, status: 'interrupted' })).toBe(false);
		expect(isPaperPhesRun({ ...run, summary: null })).toBe(false);
		expect(isPaperPhesRun({ ...run, task: 'ncta' })).toBe(false);
	});
});
