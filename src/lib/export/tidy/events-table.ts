// events.csv: the session log (interruptions, pauses, aborts, resumes, completions…), one row per
// event, except the bulky pointer samples, which are in pointer_samples.csv one sample a row.
import type { EventRecord } from '../../model/records';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { sortedBy } from './dataset-index';
import { identifierColumns, installationColumn, writtenAtColumn } from './identifier-columns';
import { interruptionTypes } from '../../timing/interruptions';
import { isInterruptionEvent } from './interruption-count';
import { inPointerSamples } from './pointer-samples-table';
import { readVia, recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

interface EventRow {
	keys: RowKeys;
	event: EventRecord;
}

const interruptionNames = interruptionTypes.filter((type) => isInterruptionEvent({ type, timeStampMs: 0 })).join(', ');
const returnNames = interruptionTypes.filter((type) => !isInterruptionEvent({ type, timeStampMs: 0 })).join(', ');

const ownColumns = recordColumns<EventRow>([
	{ name: 'event_id', type: 'string', description: 'Event id (random UUID)', value: (r) => r.event.id }
]);
const eventColumns = recordColumns<EventRow>([
	{
		name: 'type',
		type: 'string',
		description: `What happened: an interruption (${interruptionNames}), a return (${returnNames}), or a step of the session log (paused, resumed, aborted, completed…)`,
		value: (r) => r.event.type
	},
	{ name: 'trial_seq', type: 'integer', description: 'seq of the trial the event fell in (trials.csv); empty when in none', nullable: true, value: (r) => r.event.trialSeq },
	{
		name: 'time_stamp_ms',
		type: 'number',
		unit: 'ms',
		description: 'Event time on the page time base (performance.now); it restarts when the page is reloaded (see resumed events); 0 when not timed',
		value: (r) => r.event.timeStampMs
	},
	{ name: 'at', type: 'datetime', description: 'Wall-clock time the event was stored (ISO 8601 with offset)', value: (r) => r.event.at },
	{ name: 'detail_json', type: 'string', description: 'The event’s details as JSON text (an object; {} when none)', value: (r) => JSON.stringify(r.event.detail) }
]);

export function eventsTable(index: DatasetIndex, events: readonly EventRecord[]): TidyTable<EventRow> {
	const kept = events.filter((event) => !inPointerSamples(event, index));
	const rows = sortedBy(kept, (e) => [index.sessionRank(e.sessionId), Date.parse(e.at) || 0, e.timeStampMs, e.id]).map((event) => ({
		event,
		keys: event.taskRunId !== null && index.taskRunById.has(event.taskRunId) ? index.taskRunKeys(event.taskRunId) : index.sessionKeys(event.sessionId)
	}));
	return {
		path: 'events.csv',
		rowIs: 'logged event of a session (pointer samples excepted)',
		columns: [
			...readVia(identifierColumns('taskRun'), (r: EventRow) => r.keys),
			...ownColumns,
			...installationColumn((r: EventRow) => r.event.installationId),
			...eventColumns,
			...writtenAtColumn((r: EventRow) => r.event.writtenAt)
		],
		rows
	};
}
