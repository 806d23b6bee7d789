// From a study's records to the rows a local norm set is fitted on (clinical-spec §2 "Paper vs
// digital"): one PHES per healthy control, with age at that visit, education and sex. A digital
// PHES is a visit's subtests put together by the rule its score uses (tasks/phes/digital/results.ts). Every
// participant of the chosen arms who gives no row is listed with the reason, never dropped silently.
// The records are read by session/scoring/load-controls.ts.
import type { LocalNormRow } from './local-norms';
import { phes6Values } from '../value-keys';
import { groupBy } from '../../model/group-by';
import type { Administration, ParticipantRecord, SessionRecord, StudyRecord, TaskRunRecord, VisitRecord } from '../../model/records';
import { ageYearsAt } from '../../study/age';
import { gatherDigitalPhes } from '../../tasks/phes/digital/results';
import type { ValidityOverride } from '../../tasks/phes/digital/validity-override';
import { m } from '../../i18n/paraglide/messages.js';

export type Phes6Value = (typeof phes6Values)[number];

/** `earliest`: each participant's earliest complete PHES of the mode; else a study visit's id. */
export type VisitChoice = 'earliest' | string;

export interface ControlQuery {
	armIds: readonly string[];
	administration: Administration;
	visit: VisitChoice;
}

export interface ControlRow extends LocalNormRow {
	label: string;
	participantId: string;
	code: string;
	armName: string;
	visitName: string;
	/** The day age is taken at: the visit's date, else the day the PHES was recorded. */
	onDate: string;
	/** The task runs the values come from (one paper entry, or the digital subtests). */
	taskRunIds: string[];
	values: Record<Phes6Value, number | null>;
}

export interface ExcludedControl {
	participantId: string;
	code: string;
	reason: string;
}

export interface ControlGathering {
	rows: ControlRow[];
	excluded: ExcludedControl[];
}

/**
 * The records of one study the controls are taken from, in the order they are listed: participants
 * (rows and exclusions follow it), their visits, sessions and task runs.
 */
export interface StudyRecords {
	study: StudyRecord;
	participants: readonly ParticipantRecord[];
	visits: readonly VisitRecord[];
	sessions: readonly SessionRecord[];
	taskRuns: readonly TaskRunRecord[];
	/** The examiner's overrides of invalid subtest verdicts (digital PHES). */
	overrides?: readonly ValidityOverride[];
}

/** A paper PHES as the examiner typed it in: one complete `phes_paper` run holding all six values. */
export function isPaperPhesRun(run: TaskRunRecord): boolean {
	return run.task === 'phes_paper' && run.administration === 'paper' && run.status === 'complete' && run.summary !== null;
}

const numberOrNull = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);

// Shown to the examiner in the UI language; the reasons are never stored.
const modeText = (administration: Administration) => (administration === 'paper' ? m.norms_build_mode_paper() : m.norms_build_mode_digital());

function paperValues(run: TaskRunRecord): Record<Phes6Value, number | null> {
	const summary = run.summary ?? {};
	return Object.fromEntries(phes6Values.map((v) => [v, numberOrNull(summary[v])])) as Record<Phes6Value, number | null>;
}

interface Candidate {
	visit: VisitRecord | undefined;
	onDate: string;
	startedAt: string;
	runIds: string[];
	values: Record<Phes6Value, number | null>;
	/** The DST time limit the values were measured with: the paper entry's, or the counted digital DST run's. */
	dstTimeLimitS: number | null;
	/** Why the candidate gives no row though it has values (a digital battery judged invalid). */
	invalid?: string;
}

interface SessionRuns {
	session: SessionRecord;
	visit: VisitRecord | undefined;
	runs: TaskRunRecord[];
}

/** Paper: each paper entry is a candidate. Digital: each visit's subtests together are one. */
function candidatesOf(sessions: readonly SessionRuns[], administration: Administration, overrides: readonly ValidityOverride[]): Candidate[] {
	const day = (s: SessionRuns) => s.visit?.date ?? s.session.startedAt.slice(0, 10);
	if (administration === 'paper') {
		return sessions.flatMap((s) =>
			s.runs.filter(isPaperPhesRun).map((run) => ({ visit: s.visit, onDate: day(s), startedAt: run.startedAt, runIds: [run.id], values: paperValues(run), dstTimeLimitS: numberOrNull(run.summary?.dst_time_limit_s) }))
		);
	}
	return [...groupBy(sessions, (s) => s.session.visitId).values()].flatMap((group) => {
		// The visit's values by the one gathering rule the battery is scored by: each from the last valid complete run.
		const runs = group.flatMap((s) => s.runs);
		const ids = new Set(runs.map((r) => r.id));
		const gathering = gatherDigitalPhes(runs, overrides.filter((o) => ids.has(o.taskRunId)));
		const used = gathering.subtests.flatMap((s) => (s.counted ? [s.counted] : []));
		const judged = gathering.subtests.flatMap((s) => (s.lastComplete ? [s.lastComplete] : []));
		if (judged.length === 0) return [];
		const first = [...group].sort((a, b) => day(a).localeCompare(day(b)))[0]!;
		const startedAt = [...judged].sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0]!.startedAt;
		const invalid = gathering.subtests.some((s) => s.verdict === 'invalid') ? gathering.invalidReasons.join('; ') : undefined;
		return [{ visit: first.visit, onDate: day(first), startedAt, runIds: used.map((r) => r.id), values: { ...gathering.values }, dstTimeLimitS: gathering.dstTimeLimitS, invalid }];
	});
}

/**
 * The controls of the chosen arms with one complete PHES of the chosen mode each: the earliest
 * (by visit date, then by when it was recorded) overall or within the chosen study visit.
 */
export function controlRowsFrom(records: StudyRecords, query: ControlQuery): ControlGathering {
	const { study } = records;
	const visitsOf = groupBy(records.visits, (v) => v.participantId);
	const sessionsOf = groupBy(records.sessions, (s) => s.participantId);
	const runsOf = groupBy(records.taskRuns, (run) => run.sessionId);
	const arms = new Map(study.arms.map((arm) => [arm.id, arm.name]));
	const wantedVisit = query.visit === 'earliest' ? null : study.visits.find((v) => v.id === query.visit);
	const participants = records.participants.filter((p) => query.armIds.includes(p.armId));
	const rows: ControlRow[] = [];
	const excluded: ExcludedControl[] = [];
	for (const participant of participants) {
		const visits = new Map((visitsOf.get(participant.id) ?? []).map((v) => [v.id, v]));
		const sessions: SessionRuns[] = [];
		for (const session of sessionsOf.get(participant.id) ?? []) {
			const visit = visits.get(session.visitId);
			if (wantedVisit && visit?.studyVisitId !== wantedVisit.id) continue;
			sessions.push({ session, visit, runs: runsOf.get(session.id) ?? [] });
		}
		const candidates = candidatesOf(sessions, query.administration, records.overrides ?? []);
		candidates.sort((a, b) => a.onDate.localeCompare(b.onDate) || a.startedAt.localeCompare(b.startedAt));
		// An invalid battery is passed over for the next PHES of the participant; shown only when it is all there is.
		const chosen = candidates.find((c) => !c.invalid) ?? candidates[0];
		const base = { participantId: participant.id, code: participant.code };
		if (!chosen) {
			const mode = modeText(query.administration);
			excluded.push({ ...base, reason: wantedVisit ? m.norms_build_excluded_none_at({ mode, visit: wantedVisit.name }) : m.norms_build_excluded_none({ mode }) });
			continue;
		}
		if (chosen.invalid) {
			excluded.push({ ...base, reason: m.norms_build_excluded_invalid({ mode: modeText(query.administration), date: chosen.onDate, reasons: chosen.invalid }) });
			continue;
		}
		const values = chosen.values;
		const missing = phes6Values.filter((v) => values[v] === null);
		if (missing.length > 0) {
			excluded.push({ ...base, reason: m.norms_build_excluded_lacks({ mode: modeText(query.administration), date: chosen.onDate, values: missing.join(', ') }) });
			continue;
		}
		rows.push({
			...base,
			label: participant.code,
			armName: arms.get(participant.armId) ?? '',
			visitName: chosen.visit?.name ?? '',
			onDate: chosen.onDate,
			taskRunIds: chosen.runIds,
			ageYears: ageYearsAt(participant, chosen.onDate),
			educationYears: participant.educationYears,
			sex: participant.sex,
			values,
			dstTimeLimitS: chosen.dstTimeLimitS
		});
	}
	return { rows, excluded };
}
