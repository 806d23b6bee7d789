// sessions.csv: one row per test session, with its provenance (build, device, browser, measured
// refresh rate, timing method…) spread over one column per stored key.
import type { SessionRecord, SessionStatus } from '../../model/records';
import { sessionFlagDescriptions, sessionFlags } from '../../timing/session-flags';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { flagColumns } from './flag-columns';
import { identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { foundColumns } from './task-columns';
import { readVia, recordColumns, withoutClash, type TidyUnit } from './tidy-column';
import type { TidyTable } from './tidy-table';

const statusLevels = {
	in_progress: 'in progress (or left open)',
	complete: 'complete',
	interrupted: 'interrupted (page closed or reloaded while a task ran)',
	abandoned: 'aborted by the examiner'
} satisfies Record<SessionStatus, string>;

interface SessionRow {
	keys: RowKeys;
	session: SessionRecord;
	taskRuns: number;
	interruptions: number;
}

const ownColumns = recordColumns<SessionRow>([
	{ name: 'battery', type: 'string', description: 'What the session gives: stroop, phes (digital battery) or phes_paper', value: (r) => r.session.battery },
	{ name: 'examiner', type: 'string', description: 'Examiner who ran the session', value: (r) => r.session.examiner },
	{ name: 'status', type: 'category', description: 'Session status', levels: statusLevels, value: (r) => r.session.status },
	{ name: 'started_at', type: 'datetime', description: 'Session start (ISO 8601 with offset)', value: (r) => r.session.startedAt },
	{ name: 'ended_at', type: 'datetime', description: 'Session end (ISO 8601 with offset); empty if it did not end', nullable: true, value: (r) => r.session.endedAt },
	{ name: 'task_runs', type: 'integer', unit: 'count', description: 'Task runs stored for the session (task_runs.csv)', value: (r) => r.taskRuns },
	{
		name: 'interruptions',
		type: 'integer',
		unit: 'count',
		description: 'Interruption events: page hidden, focus lost, full screen left or window resized (events.csv)',
		value: (r) => r.interruptions
	}
]);

/** Provenance keys name their unit as a suffix (`screenWidthPx`, `refreshRateHz`). */
const unitSuffixes: readonly [string, TidyUnit][] = [
	['_px', 'px'],
	['_hz', 'Hz'],
	['_ms', 'ms'],
	['_s', 's']
];

export function sessionsTable(index: DatasetIndex, interruptions: ReadonlyMap<string, number>): TidyTable<SessionRow> {
	const runsPerSession = new Map<string, number>();
	for (const run of index.taskRuns) runsPerSession.set(run.sessionId, (runsPerSession.get(run.sessionId) ?? 0) + 1);
	const rows = index.sessions.map((session) => ({
		session,
		keys: index.sessionKeys(session.id),
		taskRuns: runsPerSession.get(session.id) ?? 0,
		interruptions: interruptions.get(session.id) ?? 0
	}));
	const provenance = foundColumns(rows, (r) => r.session.provenance, {
		describe: (key) => `Session provenance \`${key}\`, recorded when the session started`,
		unit: (name) => unitSuffixes.find(([suffix]) => name.endsWith(suffix))?.[1]
	});
	const recordLevel = [
		...readVia(identifierColumns('session'), (r: SessionRow) => r.keys),
		...installationColumn((r: SessionRow) => r.session.installationId),
		...ownColumns
	];
	const last = writtenAtColumn((r: SessionRow) => r.session.writtenAt);
	const flags = flagColumns(sessionFlagDescriptions, rows, (r) => sessionFlags(r.session.provenance));
	return {
		path: 'sessions.csv',
		rowIs: 'test session',
		columns: [
			...recordLevel,
			...withoutClash([...recordLevel, ...flags, ...last], provenance, 'provenance_'),
			...flags,
			...last
		],
		rows
	};
}
