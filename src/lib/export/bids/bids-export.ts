// The BIDS `beh` export (issue item 5; ecosystem.md §1.3): every task run with trials as
// `sub-<code>/ses-<visit>/beh/…_events.tsv` with a sidecar, per-visit scans and per-participant
// sessions tables, participants.tsv + .json, dataset_description.json and a README. Paper PHES
// entries and the gathered PHES values have no trials and are left to the tidy and REDCap exports.
import type { Dataset } from '../../model/dataset';
import type { CellValue, EventRecord, ParticipantRecord, SessionRecord, StudyRecord, TaskRunRecord, TestLanguage, TrialRecord, VisitRecord } from '../../model/records';
import { ageYearsAt } from '../../study/age';
import { taskDefinitions } from '../../tasks/registry';
import type { TaskDefinition } from '../../tasks/task-definition';
import { toCsv } from '../csv';
import type { ExportOptions } from '../export-options';
import type { ExportFile } from '../files';
import { uniqueLabels } from './bids-labels';
import { eventColumns, eventRows, pageLoads, runStartMs } from './bids-runs';
import { eventsSidecar, participantsSidecar, scansSidecar, sessionsSidecar } from './bids-sidecars';
import { runStartDescription, taskEvents, type TaskEvents } from './event-timing';

/** The BIDS version the files follow (what bids-validator 1.14 checks). */
export const bidsVersion = '1.10.0';

const testLanguages: readonly TestLanguage[] = ['en', 'id'];

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

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(keyOf(item));
		if (group) group.push(item);
		else groups.set(keyOf(item), [item]);
	}
	return groups;
}

/** `2026-11-02T09:15:00.000+07:00` → local time `2026-11-02T09:15:00` and its UTC offset in minutes, 420. */
export function localTime(iso: string): { time: string; offsetMinutes: number } {
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
		const samplesMs = loads.length === 1 ? runEvents.filter((e) => e.type === 'pointer_samples').map((e) => e.timeStampMs) : [];
		return loads.map((load, index) => ({ participant, visit, session, taskRun, definition, timing, pageLoad: index + 1, startedAt: load.resumedAt ?? taskRun.startedAt, trials: load.trials, samplesMs }));
	});
}

/** Each task's name, description and participant instructions (in every test language). */
function taskSection([task, timing]: readonly [string, TaskEvents]): string[] {
	return [
		`task-${timing.label}: ${taskDefinitions[task]?.label ?? task}`,
		`  ${timing.description}`,
		...testLanguages.map((language) => `  Instructions (${language}): ${timing.instructions(language)}`),
		''
	];
}

function readme(study: StudyRecord, options: ExportOptions, tasks: readonly (readonly [string, TaskEvents])[]): string {
	return [
		`${study.name}: behavioural data in BIDS`,
		'',
		`Exported by hepcog ${options.app.version} (commit ${options.app.commit}) at ${options.exportedAt}, export id ${options.exportId}.`,
		'',
		'One folder per participant with trial data (sub-<study code without separators>), one per study visit',
		'(ses-<visit name in letters and digits>), and in beh/ one events file per task run with trials, with a',
		'JSON sidecar describing every column. run-<n> numbers the runs of a task at a visit in the order they',
		'started; each session folder has a scans table linking every file to its task run and how it ended',
		'(aborted and interrupted runs are kept as data). Missing values are n/a.',
		'',
		'Tasks (the task name, description and instructions BIDS recommends in each sidecar are here, since',
		'bids-validator 1.14 accepts only column descriptions and StimulusPresentation in an events sidecar):',
		'',
		...tasks.flatMap(taskSection),
		'Timing: times come from the page clock (performance.now), in seconds with microsecond digits; each',
		'sidecar says what onset, duration and response_time mean for its task.',
		runStartDescription,
		'',
		'Not here: paper PHES entries and the six PHES values gathered from a digital battery have no trials;',
		'they, the scores and the norm sets used are in the tidy export (and the REDCap export). Participants',
		'without trial data are not listed in participants.tsv.',
		''
	].join('\n');
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

	const out: ExportFile[] = [];
	const listed: ParticipantRecord[] = [];
	const filesOf = groupBy(files, (f) => f.participant.id);
	for (const participant of byCode) {
		const own = filesOf.get(participant.id);
		if (!own) continue;
		listed.push(participant);
		const sub = `sub-${subjectLabels.get(participant.id)}`;
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
	}

	const arms = new Map(study.arms.map((arm) => [arm.id, arm.name]));
	const participantRows = listed.map((p) => [
		`sub-${subjectLabels.get(p.id)}`,
		p.code,
		ageYearsAt(p, p.baselineDate),
		p.sex.toUpperCase(),
		{ right: 'R', left: 'L', ambidextrous: 'A' }[p.handedness],
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
		{ path: 'README', data: readme(study, options, tasks) },
		{ path: 'participants.tsv', data: tsv(Object.keys(participantsSidecar(study)), participantRows) },
		{ path: 'participants.json', data: json(participantsSidecar(study)) },
		...out
	];
}
