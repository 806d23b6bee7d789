// A small made-up study for the REDCap and BIDS export tests (never shown in the app), built by
// hand so each case the exports must handle is there once:
// - JKT-001 (Jakarta Timur, intervention), Baseline: a Stroop with a superseded and a current
//   score, and a digital PHES battery (five subtests with trials and pointer samples, the gathered
//   six values, a score flagged paper_norms_on_digital).
// - JKT-001, Month 3: a Stroop resumed after a reload and completed, then a second complete Stroop
//   (the later one counts for REDCap); a PHES battery abandoned after NCT-A (incomplete).
// - DPS-002 (Denpasar, healthy control), Baseline: a paper PHES whose score was refused; no trials.
import { emptyDataset, type Dataset } from '../../model/dataset';
import type {
	CellValue,
	EventRecord,
	NewParticipant,
	ParticipantRecord,
	ScoreRecord,
	SessionRecord,
	StudyRecord,
	TaskRunRecord,
	TrialRecord,
	VisitRecord
} from '../../model/records';
import { testWritten } from '../../model/fixtures/installation';
import { testParticipant } from '../../model/fixtures/participant';

const provenance = (testLanguage: string | null, appCommit = '1a2b3c4'): SessionRecord['provenance'] => ({
	appVersion: '0.1.0',
	appCommit,
	userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
	refreshRateHz: 60.002,
	crossOriginIsolated: true,
	onsetMethod: 'element-timing',
	performanceTimeOrigin: 1793590000000.5,
	...(testLanguage ? { testLanguage } : {})
});

export const smallStudyRecord: StudyRecord = {
	...testWritten,
	id: 'study-1',
	name: 'Secretome MHE trial',
	visits: [
		{ id: 'sv-base', name: 'Baseline', targetDay: 0 },
		{ id: 'sv-m3', name: 'Month 3', targetDay: 90 }
	],
	arms: [
		{ id: 'arm-int', name: 'Secretome', role: 'intervention' },
		{ id: 'arm-hc', name: 'Healthy control', role: 'healthy_control' }
	],
	sites: ['Jakarta Timur', 'Denpasar'],
	examiners: ['Dr Sari', 'Dr Made'],
	minAgeYears: 17,
	phesNormSetKey: 'german-h2019@1',
	stroopNormSetKey: 'us-encephalapp-2015@1',
	redcapEventNames: { 'sv-base': 'baseline_arm_1' },
	redcapDataAccessGroups: { 'Jakarta Timur': 'jakarta' },
	createdAt: '2026-10-01T08:00:00.000+07:00',
	updatedAt: '2026-10-01T08:00:00.000+07:00',
	revision: 1
};

const participant = (id: string, code: string, change: Partial<NewParticipant>): ParticipantRecord => ({
	...testWritten,
	...testParticipant('arm-int', { code, site: 'Jakarta Timur', ...change }),
	id,
	studyId: 'study-1',
	createdAt: '2026-11-02T08:00:00.000+07:00',
	updatedAt: '2026-11-02T08:00:00.000+07:00',
	revision: 1
});

const visit = (id: string, participantId: string, studyVisitId: string, name: string, date: string | null, targetDate: string): VisitRecord => ({
	...testWritten,
	id,
	participantId,
	studyVisitId,
	name,
	targetDate,
	date,
	createdAt: '2026-11-02T08:00:00.000+07:00',
	updatedAt: '2026-11-02T08:00:00.000+07:00',
	revision: 1
});

const session = (id: string, visitId: string, participantId: string, battery: string, status: SessionRecord['status'], startedAt: string, prov: SessionRecord['provenance'], examiner = 'Dr Sari'): SessionRecord => ({
	...testWritten,
	id,
	visitId,
	participantId,
	battery,
	examiner,
	status,
	startedAt,
	endedAt: status === 'complete' || status === 'abandoned' ? startedAt : null,
	provenance: prov
});

const taskRun = (
	id: string,
	sessionId: string,
	task: string,
	status: TaskRunRecord['status'],
	startedAt: string,
	summary: Record<string, CellValue> | null,
	administration: TaskRunRecord['administration'] = 'digital'
): TaskRunRecord => ({
	...testWritten,
	id,
	sessionId,
	task,
	administration,
	formId: administration === 'paper' ? 'paper' : `${task}-1`,
	seed: 7,
	parameters: {},
	status,
	startedAt,
	endedAt: status === 'complete' ? startedAt : null,
	summary
});

const trialsOf = (taskRunId: string, sessionId: string, rows: Record<string, CellValue>[], flagged: Record<number, string[]> = {}): TrialRecord[] =>
	rows.map((values, seq) => ({ ...testWritten, id: `${taskRunId}-t${seq}`, taskRunId, sessionId, seq, values, flags: flagged[seq] ?? [], frameTimesMs: [] }));

const event = (id: string, sessionId: string, taskRunId: string | null, type: string, timeStampMs: number, detail: Record<string, CellValue> = {}, at = '2026-11-02T09:30:00.000+07:00'): EventRecord => ({
	...testWritten,
	id,
	sessionId,
	taskRunId,
	trialSeq: null,
	type,
	timeStampMs,
	at,
	detail
});

const score = (id: string, taskRunId: string, test: ScoreRecord['test'], values: Record<string, CellValue>, change: Partial<ScoreRecord> = {}): ScoreRecord => ({
	...testWritten,
	id,
	taskRunId,
	test,
	normSetId: test === 'phes' ? 'german-h2019' : 'us-encephalapp-2015',
	normSetVersion: 1,
	normSetChecksum: 'c0ffee',
	covariates: { ageYears: 61, educationYears: 9, sex: 'f' },
	values,
	thresholds: {},
	flags: [],
	refusal: null,
	createdAt: '2026-11-02T10:00:00.000+07:00',
	supersededAt: null,
	...change
});

/** One Stroop answer: ink and response colours, onset and response time on the page clock (ms). */
function stroopRow(state: 'off' | 'on', phase: 'practice' | 'test', run: number, index: number, word: string, wordColour: string | null, ink: string, response: string, onsetMs: number, rtMs: number): Record<string, CellValue> {
	return {
		state,
		phase,
		run,
		index,
		word,
		word_colour: wordColour,
		ink,
		response,
		correct: ink === response,
		onset_ms: onsetMs,
		response_ms: onsetMs + rtMs,
		rt_ms: rtMs,
		modality: 'touch',
		onset_method: 'element-timing',
		longest_frame_ms: 16.7
	};
}

const stroopSummary = (off: number, on: number): Record<string, CellValue> => ({
	off_time_s: off,
	on_time_s: on,
	total_time_s: Number((off + on).toFixed(3)),
	on_minus_off_s: Number((on - off).toFixed(3)),
	off_runs: 5,
	on_runs: 6,
	off_time_all_runs_s: off,
	on_time_all_runs_s: on + 14.2,
	off_completed: true,
	on_completed: true,
	anticipations: 0,
	error_count: 1
});

// JKT-001, Baseline
const base = '2026-11-02T09:';
const stroopBase = session('s-stroop-base', 'v-p1-base', 'p1', 'stroop', 'complete', `${base}05:00.000+07:00`, provenance('id'));
const stroopBaseRun = taskRun('r-stroop-base', stroopBase.id, 'stroop', 'complete', `${base}05:00.000+07:00`, stroopSummary(78.412, 92.03));
const stroopBaseTrials = trialsOf(
	stroopBaseRun.id,
	stroopBase.id,
	[
		stroopRow('off', 'practice', 1, 0, '####', null, 'red', 'red', 10250.125, 812.5),
		stroopRow('off', 'test', 1, 0, '####', null, 'blue', 'blue', 15020.005, 690.25),
		stroopRow('off', 'test', 1, 1, '####', null, 'green', 'green', 15910.4, 120.3),
		stroopRow('on', 'test', 1, 0, 'MERAH', 'red', 'blue', 'red', 60200.75, 1045.875)
	],
	{ 2: ['anticipation'] }
);

const phesBase = session('s-phes-base', 'v-p1-base', 'p1', 'phes', 'complete', `${base}20:00.000+07:00`, { ...provenance(null), subtests: 'ncta,nctb,dst,sdt,ltt' });
const ncta = taskRun('r-ncta', phesBase.id, 'ncta', 'complete', `${base}21:00.000+07:00`, { time_s: 31.2, errors: 1, form_id: 'ncta-1', path_length_units: 5230.5, samples: 1890 });
const nctb = taskRun('r-nctb', phesBase.id, 'nctb', 'complete', `${base}23:00.000+07:00`, { time_s: 80.4, errors: 0, form_id: 'nctb-1', path_length_units: 6120, samples: 4810 });
const dst = taskRun('r-dst', phesBase.id, 'dst', 'complete', `${base}26:00.000+07:00`, { correct_count: 44, wrong_count: 2, form_id: 'dst-1', time_limit_s: 90 });
const sdt = taskRun('r-sdt', phesBase.id, 'sdt', 'complete', `${base}29:00.000+07:00`, { time_s: 50.1, misses: 3, mean_distance_units: 4.25, form_id: 'sdt-1' });
const ltt = taskRun('r-ltt', phesBase.id, 'ltt', 'complete', `${base}31:00.000+07:00`, {
	time_s: 95,
	errors: 7,
	time_outside_s: 3.5,
	path_length_outside_units: 120.25,
	path_length_units: 4100,
	lifts: 1,
	form_id: 'ltt-1'
});
const phesDigital = taskRun('r-phes-digital', phesBase.id, 'phes_digital', 'complete', `${base}34:00.000+07:00`, {
	ncta_s: 31.2,
	nctb_s: 80.4,
	dst_count: 44,
	sdt_s: 50.1,
	ltt_s: 95,
	ltt_errors: 7,
	source_task_runs: 'r-ncta r-nctb r-dst r-sdt r-ltt'
});
const phesBaseTrials = [
	...trialsOf(ncta.id, phesBase.id, [
		{ target_index: 0, label: '1', reached_ms: 200500.25, since_previous_ms: null, errors_before: 0 },
		{ target_index: 1, label: '2', reached_ms: 201700.5, since_previous_ms: 1200.25, errors_before: 1 }
	]),
	...trialsOf(nctb.id, phesBase.id, [
		{ target_index: 0, label: '1', reached_ms: 320000, since_previous_ms: null, errors_before: 0 },
		{ target_index: 1, label: 'A', reached_ms: 323500.75, since_previous_ms: 3500.75, errors_before: 0 }
	]),
	...trialsOf(dst.id, phesBase.id, [
		{ phase: 'test', index: 0, digit: 3, expected_glyph: 'g3', chosen_glyph: 'g3', correct: true, rt_ms: 1900.5, t_ms: 402900.5 },
		{ phase: 'test', index: 1, digit: 7, expected_glyph: 'g7', chosen_glyph: 'g1', correct: false, rt_ms: 2100, t_ms: 405000.5 }
	]),
	...trialsOf(sdt.id, phesBase.id, [
		{ index: 0, row: 0, column: 0, distance_units: 2.5, inside: true, t_ms: 560300 },
		{ index: 1, row: 0, column: 1, distance_units: 19.75, inside: false, t_ms: 560812.125 }
	]),
	...trialsOf(ltt.id, phesBase.id, [
		{ index: 0, start_ms: 700400, end_ms: 700912.5, time_outside_ms: 480, path_length_outside_units: 20.5, max_depth_units: 3.25 },
		{ index: 1, start_ms: 789000, end_ms: null, time_outside_ms: 250, path_length_outside_units: 8, max_depth_units: 1.5 }
	])
];
const phesBaseEvents = [
	event('e-ncta-samples', phesBase.id, ncta.id, 'pointer_samples', 200100.5, { count: 3, samples: '[]' }),
	event('e-ncta-done', phesBase.id, ncta.id, 'subtest_complete', 231700.5),
	event('e-nctb-samples', phesBase.id, nctb.id, 'pointer_samples', 319800, { count: 3, samples: '[]' }),
	event('e-ltt-samples', phesBase.id, ltt.id, 'pointer_samples', 700000, { count: 3, samples: '[]' })
];

// JKT-001, Month 3
const m3 = '2027-02-01T10:';
const stroopM3a = session('s-stroop-m3a', 'v-p1-m3', 'p1', 'stroop', 'complete', `${m3}00:00.000+07:00`, provenance('id'));
const stroopM3aRun = taskRun('r-stroop-m3a', stroopM3a.id, 'stroop', 'complete', `${m3}00:00.000+07:00`, stroopSummary(80.5, 99.75));
const stroopM3aTrials = trialsOf(stroopM3aRun.id, stroopM3a.id, [
	stroopRow('off', 'test', 1, 0, '####', null, 'red', 'red', 9000, 700),
	stroopRow('off', 'test', 1, 1, '####', null, 'green', 'green', 9800, 650.5),
	// The page was reloaded here: a new page clock.
	stroopRow('off', 'test', 2, 0, '####', null, 'blue', 'blue', 3000.25, 720),
	stroopRow('off', 'test', 2, 1, '####', null, 'red', 'red', 3820.25, 701)
]);
const stroopM3aEvents = [
	event('e-m3a-paused', stroopM3a.id, stroopM3aRun.id, 'session_interrupted', 0, { reason: 'page closed or reloaded while the task ran' }, `${m3}05:00.000+07:00`),
	event('e-m3a-resumed', stroopM3a.id, stroopM3aRun.id, 'resumed', 1500, { answeredTrials: 2, refreshRateHz: 60 }, `${m3}12:30.000+07:00`)
];
const stroopM3b = session('s-stroop-m3b', 'v-p1-m3', 'p1', 'stroop', 'complete', `${m3}40:00.000+07:00`, provenance('id', '5d6e7f8'), 'Dr Made');
const stroopM3bRun = taskRun('r-stroop-m3b', stroopM3b.id, 'stroop', 'complete', `${m3}40:00.000+07:00`, stroopSummary(75.25, 88.5));
const stroopM3bTrials = trialsOf(stroopM3bRun.id, stroopM3b.id, [stroopRow('on', 'test', 1, 0, 'HIJAU', 'green', 'red', 'red', 4000, 980.5)]);
const phesM3 = session('s-phes-m3', 'v-p1-m3', 'p1', 'phes', 'abandoned', `${m3}50:00.000+07:00`, { ...provenance(null), subtests: 'ncta,nctb,dst,sdt,ltt' });
const nctaM3 = taskRun('r-ncta-m3', phesM3.id, 'ncta', 'complete', `${m3}51:00.000+07:00`, { time_s: 29.5, errors: 0, form_id: 'ncta-2', path_length_units: 5100, samples: 1700 });
const nctaM3Trials = trialsOf(nctaM3.id, phesM3.id, [{ target_index: 0, label: '1', reached_ms: 50000, since_previous_ms: null, errors_before: 0 }]);

// DPS-002, Baseline: paper PHES, refused (no norms for the participant's education)
const paper = session('s-paper', 'v-p2-base', 'p2', 'phes_paper', 'complete', '2026-11-20T14:00:00.000+08:00', { appVersion: '0.1.0', appCommit: '1a2b3c4', administration: 'paper' }, 'Dr Made');
const paperRun = taskRun('r-paper', paper.id, 'phes_paper', 'complete', '2026-11-20T14:00:00.000+08:00', { ncta_s: 40, nctb_s: 95.5, dst_count: 38, sdt_s: 61, ltt_s: 110, ltt_errors: 12, dst_time_limit_s: 90, notes: null }, 'paper');

/** The study as a data set, as an export receives it. */
export function smallStudy(): Dataset {
	return {
		...emptyDataset(),
		study: [smallStudyRecord],
		participant: [participant('p1', 'JKT-001', {}), participant('p2', 'DPS-002', { sex: 'm', birthDate: null, birthYear: 1970, educationYears: 12, educationLevel: 'sma', handedness: 'left', armId: 'arm-hc', site: 'Denpasar', testLanguage: 'en', baselineDate: '2026-11-20' })],
		visit: [
			visit('v-p1-base', 'p1', 'sv-base', 'Baseline', '2026-11-02', '2026-11-02'),
			visit('v-p1-m3', 'p1', 'sv-m3', 'Month 3', null, '2027-01-31'),
			visit('v-p2-base', 'p2', 'sv-base', 'Baseline', '2026-11-19', '2026-11-20'),
			visit('v-p2-m3', 'p2', 'sv-m3', 'Month 3', null, '2027-02-18')
		],
		session: [stroopBase, phesBase, stroopM3a, stroopM3b, phesM3, paper],
		taskRun: [stroopBaseRun, ncta, nctb, dst, sdt, ltt, phesDigital, stroopM3aRun, stroopM3bRun, nctaM3, paperRun],
		trial: [...stroopBaseTrials, ...phesBaseTrials, ...stroopM3aTrials, ...stroopM3bTrials, ...nctaM3Trials],
		event: [...phesBaseEvents, ...stroopM3aEvents],
		score: [
			score('sc-stroop-old', stroopBaseRun.id, 'stroop', { stroop_abnormal: true, total_time_s_abnormal: true }, { createdAt: '2026-11-02T09:40:00.000+07:00', supersededAt: '2026-11-03T08:00:00.000+07:00' }),
			score('sc-stroop-base', stroopBaseRun.id, 'stroop', { stroop_abnormal: false, total_time_s_abnormal: false }, { createdAt: '2026-11-03T08:00:00.000+07:00' }),
			score('sc-phes-base', phesDigital.id, 'phes', { ncta_score: 0, nctb_score: -1, dst_score: 0, sdt_score: -2, ltt_time_score: 0, ltt_errors_score: 1, phes_total: -2, phes_abnormal: false }, { flags: ['paper_norms_on_digital'] }),
			score('sc-stroop-m3a', stroopM3aRun.id, 'stroop', { stroop_abnormal: false, total_time_s_abnormal: false }),
			score('sc-stroop-m3b', stroopM3bRun.id, 'stroop', { stroop_abnormal: false, total_time_s_abnormal: false }, { flags: ['outside_norm_range'] }),
			score('sc-paper', paperRun.id, 'phes', {}, { normSetChecksum: '', covariates: { ageYears: 56, educationYears: 12, sex: 'm' }, refusal: 'Norm set german-h2019 does not score people outside its sample: education 12 years.', flags: ['outside_norm_range'] })
		]
	};
}
