// The JSON sidecars (ecosystem.md §1.3): every column of an events, participants, sessions or
// scans table described, the events' from the task's declared trial columns, and the
// presentation software from the session's stored provenance (ecosystem.md §1.5).
import type { Handedness, SessionRecord, StudyRecord } from '../../model/records';
import type { ColumnSpec, TaskDefinition } from '../../tasks/task-definition';
import { trialFlagDescriptions } from '../../timing/trial-flags';
import { runStartDescription, type TaskEvents } from './event-timing';

type Json = Record<string, unknown>;

/** Counts have no unit in BIDS's sense. */
const unitsOf = (unit: ColumnSpec['unit']) => (unit === undefined || unit === 'count' ? {} : { Units: unit });

/** A declared column as BIDS describes one: its description, unit and levels (booleans as 0/1). */
function columnSidecar(column: ColumnSpec): Json {
	const levels = column.levels ?? (column.type === 'boolean' ? { '0': 'no', '1': 'yes' } : undefined);
	return {
		Description: column.nullable ? `${column.description} (empty is written n/a)` : column.description,
		...unitsOf(column.unit),
		...(levels ? { Levels: levels } : {})
	};
}

/** The presentation software and screen, from the provenance the session stored when it started. */
function stimulusPresentation(provenance: SessionRecord['provenance']): Json {
	const platform = typeof provenance.userAgent === 'string' ? /\(([^)]*)\)/.exec(provenance.userAgent)?.[1] : undefined;
	const presentation: Json = { SoftwareName: 'hepcog' };
	if (platform) presentation.OperatingSystem = platform;
	// The commit as semver build metadata (0.1.0+1a2b3c4). `Code` must be a URI, and no public
	// address of the code is known to the app, so it is left out.
	if (typeof provenance.appVersion === 'string') presentation.SoftwareVersion = typeof provenance.appCommit === 'string' ? `${provenance.appVersion}+${provenance.appCommit}` : provenance.appVersion;
	if (typeof provenance.refreshRateHz === 'number') presentation.ScreenRefreshRate = provenance.refreshRateHz;
	return presentation;
}

/**
 * The sidecar of one events file: every column, and the presentation. TaskName, TaskDescription
 * and Instructions, which BIDS recommends here too, are in the README instead: bids-validator 1.14
 * accepts only column descriptions and StimulusPresentation in an events sidecar.
 */
export function eventsSidecar(definition: TaskDefinition, timing: TaskEvents, provenance: SessionRecord['provenance']): Json {
	return {
		StimulusPresentation: stimulusPresentation(provenance),
		onset: { LongName: 'Event onset', Description: `${timing.onset} ${runStartDescription}`, Units: 's' },
		duration: { LongName: 'Event duration', Description: timing.duration, Units: 's' },
		response_time: { LongName: 'Response time', Description: timing.responseTime, Units: 's' },
		trial_type: { LongName: 'Trial type', Description: 'The kind of trial', Levels: timing.trialTypes },
		...Object.fromEntries(definition.trialColumns.map((column) => [column.name, columnSidecar(column)])),
		flags: {
			LongName: 'Timing-quality flags',
			Description: 'The flags of the trial, space-separated; a flag never rejects a trial. n/a when none.',
			Levels: trialFlagDescriptions
		}
	};
}

/** BIDS's one-letter handedness codes in participants.tsv. */
export const handednessCodes = { right: 'R', left: 'L', ambidextrous: 'A' } as const satisfies Record<Handedness, string>;

export function participantsSidecar(study: StudyRecord): Json {
	return {
		participant_id: { Description: "The participant's pseudonymous study code with its separators removed (BIDS labels are letters and digits only)" },
		code: { Description: 'The pseudonymous study code as entered' },
		age: { Description: 'Age in completed years on the baseline date; n/a when birth is unknown (a birth year alone counts as born on 1 July)', Units: 'year' },
		sex: { Description: 'Sex', Levels: { M: 'male', F: 'female' } },
		handedness: { Description: 'Handedness', Levels: Object.fromEntries(Object.entries(handednessCodes).map(([word, code]) => [code, word])) },
		education_years: { Description: 'Years of completed schooling', Units: 'year' },
		arm: { Description: 'Study arm', Levels: Object.fromEntries(study.arms.map((arm) => [arm.name, `role: ${arm.role.replace('_', ' ')}`])) },
		site: { Description: 'Site where the participant is tested; n/a when none was set' }
	};
}

export const sessionsSidecar: Json = {
	session_id: { Description: 'The study visit, as ses-<label> from the visit plan name' },
	acq_time: { Description: 'When the first task run of the visit started, local time of the laptop' },
	utc_offset: { Description: 'The offset from UTC of acq_time (420 for WIB, UTC+07:00)', Units: 'min' },
	visit_name: { Description: "The study visit's name in the visit plan" },
	visit_date: { Description: 'The day the visit took place; n/a when not entered' }
};

export const scansSidecar: Json = {
	filename: { Description: 'The events file, relative to the session folder' },
	acq_time: { Description: 'When the task run started (a later page load of it: when it was resumed), local time of the laptop' },
	utc_offset: { Description: 'The offset from UTC of acq_time', Units: 'min' },
	task_run_id: { Description: 'Id of the task run the events come from (as in the tidy export)' },
	testing_session_id: { Description: 'Id of the testing session the task run belongs to (as in the tidy export)' },
	run_status: { Description: 'How the task run ended', Levels: { complete: 'complete', interrupted: 'interrupted', aborted: 'aborted (kept as data, given again)', in_progress: 'still in progress when exported' } },
	page_load: { Description: 'Which page load of the task run the file holds, from 1 (a run resumed after a reload has several)' },
	administration: { Description: 'How the task was given', Levels: { digital: 'digital' } }
};
