// pointer_samples.csv: the raw pen, touch or mouse samples of the digital PHES in long format, one
// row per sample, read back with the same reader the replay uses (`storedSamples`).
import type { EventRecord } from '../../model/records';
import type { PointerSample } from '../../model/pointer-sample';
import { storedSamples } from '../../tasks/phes/replay';
import { sheetHeight, sheetWidth } from '../../tasks/shared/geometry';
import type { DatasetIndex, RowKeys } from './dataset-index';
import { identifierColumns } from './identifier-columns';
import { readVia, recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

export const pointerSamplesEventType = 'pointer_samples';

/** A pointer-sample event the file carries (one of a known task run); other events stay in events.csv. */
export const inPointerSamples = (event: EventRecord, index: DatasetIndex) =>
	event.type === pointerSamplesEventType && event.taskRunId !== null && index.taskRunById.has(event.taskRunId);

interface SampleRow {
	keys: RowKeys;
	sampleIndex: number;
	sample: PointerSample;
}

const pointerTypeLevels = { mouse: 'mouse', touch: 'touch (finger)', pen: 'pen / stylus' } satisfies Record<PointerSample['pointerType'], string>;
const phaseLevels = { down: 'pointer down', move: 'move', up: 'pointer up' } satisfies Record<PointerSample['phase'], string>;

const sampleColumns = recordColumns<SampleRow>([
	{ name: 'sample_index', type: 'integer', description: 'Order of the sample within its task run (by t_ms), from 0', value: (r) => r.sampleIndex },
	{ name: 't_ms', type: 'number', unit: 'ms', description: "The input event's timeStamp, on the page time base (performance.now)", value: (r) => r.sample.tMs },
	{ name: 'x_units', type: 'number', unit: 'units', description: `x on the PHES sheet, from its left edge (the sheet is ${sheetWidth} units wide)`, value: (r) => r.sample.x },
	{ name: 'y_units', type: 'number', unit: 'units', description: `y on the PHES sheet, from its top edge downwards (the sheet is ${sheetHeight} units high)`, value: (r) => r.sample.y },
	{ name: 'pointer_type', type: 'category', description: 'Input device', levels: pointerTypeLevels, value: (r) => r.sample.pointerType },
	{ name: 'pressure', type: 'number', description: 'Pressure 0…1 as the browser reports it (0.5 for a pressed mouse button)', value: (r) => r.sample.pressure },
	{ name: 'phase', type: 'category', description: 'Pointer phase', levels: phaseLevels, value: (r) => r.sample.phase }
]);

export function pointerSamplesTable(index: DatasetIndex, events: readonly EventRecord[]): TidyTable<SampleRow> {
	const eventsByRun = new Map<string, EventRecord[]>();
	for (const event of events) {
		if (!inPointerSamples(event, index)) continue;
		const list = eventsByRun.get(event.taskRunId!) ?? [];
		eventsByRun.set(event.taskRunId!, list);
		list.push(event);
	}
	const rows: SampleRow[] = [];
	for (const run of index.taskRuns) {
		const runEvents = eventsByRun.get(run.id);
		if (!runEvents) continue;
		const keys = index.taskRunKeys(run.id);
		storedSamples(runEvents, run.id).forEach((sample, sampleIndex) => rows.push({ keys, sampleIndex, sample }));
	}
	return {
		path: 'pointer_samples.csv',
		rowIs: 'pointer sample of a digital PHES subtest',
		columns: [...readVia(identifierColumns('taskRun'), (r: SampleRow) => r.keys), ...sampleColumns],
		rows
	};
}
