// The README of a BIDS export: what the folders and files are, each task's name, description and
// participant instructions (BIDS recommends them in the sidecars, where bids-validator 1.14 refuses
// them), how onsets are timed and what is left to the other exports.
import type { StudyRecord, TestLanguage } from '../../model/records';
import { taskDefinitions } from '../../tasks/registry';
import type { ExportOptions } from '../export-options';
import { runStartDescription, type TaskEvents } from './event-timing';

const testLanguages: readonly TestLanguage[] = ['en', 'id'];

/** Each task's name, description and participant instructions (in every test language). */
function taskSection([task, timing]: readonly [string, TaskEvents]): string[] {
	return [
		`task-${timing.label}: ${taskDefinitions[task]?.label ?? task}`,
		`  ${timing.description}`,
		...testLanguages.map((language) => `  Instructions (${language}): ${timing.instructions(language)}`),
		''
	];
}

export function bidsReadme(study: StudyRecord, options: ExportOptions, tasks: readonly (readonly [string, TaskEvents])[]): string {
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
