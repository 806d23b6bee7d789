// The BIDS `beh` export (issue item 5; ecosystem.md §1.3): every task run with trials as
// `sub-<code>/ses-<visit>/beh/…_events.tsv` with a sidecar, per-visit scans and per-participant
// sessions tables, participants.tsv + .json, dataset_description.json and a README. Paper PHES
// entries and the gathered PHES values have no trials and are left to the tidy and REDCap exports.
import type { Dataset } from '../../model/dataset';
import type { CellValue, EventRecord, ParticipantRecord, SessionRecord, StudyRecord, TaskRunRecord, TrialRecord, VisitRecord } from '../../model/records';
import { ageYearsAt } from '../../study/age';
import { taskDefinitions } from '../../tasks/registry';
import type { TaskDefinition } from '../../tasks/task-definition';
import { toCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import type { ExportFile } from '../files';
import { uniqueLabels } from './bids-labels';
import { eventColumns, eventRows, pageLoads, runStartMs } from './bids-runs';
import { eventsSidecar, handednessCodes, participantsSidecar, scansSidecar, sessionsSidecar } from './bids-sidecars';
import { bidsReadme } from './bids-readme';
import { taskEvents, type TaskEvents } from './event-timing';
import { groupBy } from '../../model/group-by';
import { pointerSamplesEventType } from '../../model/pointer-sample';

/** The BIDS version the files follow (what bids-validator 1.14 checks). */
const bidsVersion = '1.10.0';

/** One events file: one page load of one task run. */
interface EventsFile {
	participant: ParticipantRecord;
	visit: VisitRecord;
	session: SessionRecord;
	taskRun: TaskRunRecord;
	definition: TaskDefinition;
	timing: TaskEvents;
	/** From 1; a run resumed after a reload has several. */
	pageLoad: number;
	/** When the task run, or this later page load of it, began. */
	startedAt: string;
	trials: TrialRecord[];
	samplesMs: number[];
}

const tsv = (header: readonly string[], rows: readonly (readonly CellValue[])[]) => toCsv(header, rows, { delimiter: '\t', missing: 'n/a' });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;


/** `2026-11-02T09:15:00.000+07:00` → local time `2026-11-02T09:15:00` and its UTC offset in minutes, 420. */
function localTime(iso: string): { time: string; offsetMinutes: number } {
	const [, sign, hours, minutes] = /([+-])(\d\d):(\d\d)$/.exec(iso) ?? ['', '+', '00', '00'];
	return { time: iso.slice(0, 19), offsetMinutes: (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) };
}

/** Every page load of every task run with trials, with the records around it. */
function eventsFiles(dataset: Dataset): EventsFile[] {
	const sessions = new Map(dataset.session.map((s) => [s.id, s]));
	const visits = new Map(dataset.visit.map((v) => [v.id, v]));
	const participants = new Map(dataset.participant.map((p) => [p.id, p]));
	const trialsOf = groupBy(dataset.trial, (t) => t.taskRunId);
	const eventsOf = groupBy(dataset.event, (e) => e.taskRunId ?? '');
	return dataset.taskRun.flatMap((taskRun) => {
		const definition = taskDefinitions[taskRun.task];
		const timing = taskEvents[taskRun.task];
		const session = sessions.get(taskRun.sessionId);
		const visit = session && visits.get(session.visitId);
		const participant = visit && participants.get(visit.participantId);
		const trials = trialsOf.get(taskRun.id) ?? [];
		if (!definition || !timing || !session || !visit || !participant || trials.length === 0) return [];
		const runEvents: EventRecord[] = eventsOf.get(taskRun.id) ?? [];
		const loads = pageLoads(trials, runEvents);
		// Pointer samples only come from subtests, which never span two page loads.
		const samplesMs = loads.length === 1 ? runEvents.filter((e) => e.type === pointerSamplesEventType).map((e) => e.timeStampMs) : [];
		return loads.map((load, index) => ({ participant, visit, session, taskRun, definition, timing, pageLoad: index + 1, startedAt: load.resumedAt ?? taskRun.startedAt, trials: load.trials, samplesMs }));
	});
}

/** One participant's folder: per visit the events files, their sidecars and the scans table; the sessions table. */
function subjectFiles(sub: string, own: readonly EventsFile[], study: StudyRecord, sessionLabels: ReadonlyMap<string, string>, visitOrder: ReadonlyMap<string, number>): ExportFile[] {
	const out: ExportFile[] = [];
	const visits = [...groupBy(own, (f) => f.visit.id).values()].sort(
		(a, b) => visitOrder.get(a[0]!.visit.studyVisitId)! - visitOrder.get(b[0]!.visit.studyVisitId)! || a[0]!.visit.targetDate.localeCompare(b[0]!.visit.targetDate)
	);
	const sessionRows: CellValue[][] = [];
	for (const visitFiles of visits) {
		const visit = visitFiles[0]!.visit;
		const ses = `ses-${sessionLabels.get(visit.studyVisitId)}`;
		const scanRows: CellValue[][] = [];
		const ordered = [...visitFiles].sort((a, b) => a.taskRun.startedAt.localeCompare(b.taskRun.startedAt) || a.taskRun.id.localeCompare(b.taskRun.id) || a.pageLoad - b.pageLoad);
		const perTask = groupBy(ordered, (f) => f.timing.label);
		for (const file of ordered) {
			const ofTask = perTask.get(file.timing.label)!;
			const run = ofTask.length > 1 ? `_run-${ofTask.indexOf(file) + 1}` : '';
			const name = `${sub}_${ses}_task-${file.timing.label}${run}_events`;
			const startMs = runStartMs(file.trials, file.timing, file.samplesMs) ?? 0;
			out.push({ path: `${sub}/${ses}/beh/${name}.tsv`, data: tsv(eventColumns(file.definition), eventRows(file.trials, file.definition, file.timing, startMs)) });
			out.push({ path: `${sub}/${ses}/beh/${name}.json`, data: json(eventsSidecar(file.definition, file.timing, file.session.provenance)) });
			const started = localTime(file.startedAt);
			scanRows.push([`beh/${name}.tsv`, started.time, started.offsetMinutes, file.taskRun.id, file.session.id, file.taskRun.status, file.pageLoad, file.taskRun.administration]);
		}
		out.push({ path: `${sub}/${ses}/${sub}_${ses}_scans.tsv`, data: tsv(Object.keys(scansSidecar), scanRows) });
		out.push({ path: `${sub}/${ses}/${sub}_${ses}_scans.json`, data: json(scansSidecar) });
		const first = localTime(ordered[0]!.startedAt);
		sessionRows.push([ses, first.time, first.offsetMinutes, study.visits.find((v) => v.id === visit.studyVisitId)?.name ?? visit.name, visit.date]);
	}
	out.push({ path: `${sub}/${sub}_sessions.tsv`, data: tsv(Object.keys(sessionsSidecar), sessionRows) });
	out.push({ path: `${sub}/${sub}_sessions.json`, data: json(sessionsSidecar) });
	return out;
}

export async function buildBidsExport(dataset: Dataset, options: ExportOptions): Promise<ExportFile[]> {
	const study = dataset.study[0];
	if (!study) throw new Error('The data set holds no study, so there is nothing to export.');
	const files = eventsFiles(dataset);
	const byCode = [...dataset.participant].sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
	const subjectLabels = uniqueLabels(byCode.map((p) => ({ key: p.id, text: p.code })), 'participant');
	const plannedVisits = [...study.visits.map((v) => ({ key: v.id, text: v.name.toLowerCase() }))];
	for (const visit of dataset.visit) if (!plannedVisits.some((v) => v.key === visit.studyVisitId)) plannedVisits.push({ key: visit.studyVisitId, text: visit.name.toLowerCase() });
	const sessionLabels = uniqueLabels(plannedVisits, 'visit');
	const visitOrder = new Map(plannedVisits.map((v, index) => [v.key, index]));

	const filesOf = groupBy(files, (f) => f.participant.id);
	const listed = byCode.filter((p) => filesOf.has(p.id));
	const subjects = listed.flatMap((p) => subjectFiles(`sub-${subjectLabels.get(p.id)}`, filesOf.get(p.id)!, study, sessionLabels, visitOrder));

	const arms = new Map(study.arms.map((arm) => [arm.id, arm.name]));
	const participantRows = listed.map((p) => [
		`sub-${subjectLabels.get(p.id)}`,
		p.code,
		ageYearsAt(p, p.baselineDate),
		p.sex.toUpperCase(),
		handednessCodes[p.handedness],
		p.educationYears,
		arms.get(p.armId) ?? null,
		p.site || null
	]);
	const description = {
		Name: study.name,
		BIDSVersion: bidsVersion,
		DatasetType: 'raw',
		GeneratedBy: [{ Name: 'hepcog', Version: options.app.version, Description: `Exported at ${options.exportedAt} (export ${options.exportId}) from commit ${options.app.commit}` }]
	};
	const tasks = Object.entries(taskEvents).filter((entry): entry is [string, TaskEvents] => files.some((f) => f.timing === entry[1]));
	return [
		{ path: 'dataset_description.json', data: json(description) },
		{ path: 'README', data: bidsReadme(study, options, tasks) },
		{ path: 'participants.tsv', data: tsv(Object.keys(participantsSidecar(study)), participantRows) },
		{ path: 'participants.json', data: json(participantsSidecar(study)) },
		...subjects
	];
}
