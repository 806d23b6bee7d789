// pointer_samples.csv: the raw pen, touch or mouse samples of the digital PHES in long format, one
// row per sample, read back with the same reader the replay uses (`storedSamples`). The one file
// whose rows carry only the task run's id, not every identifier: a study has millions of samples,
// and eight identifiers (five of them UUIDs) would make it about five times as large and slow to
// write and zip. task_runs.csv has every identifier of the run; join on task_run_id.
import type { EventRecord } from '../../model/records';
import type { PointerSample } from '../../model/pointer-sample';
import { storedSamples } from '../../tasks/phes/replay';
import { sheetHeight, sheetWidth } from '../../tasks/shared/geometry';
import type { DatasetIndex } from './dataset-index';
import { recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

export const pointerSamplesEventType = 'pointer_samples';

/** A pointer-sample event the file carries (one of a known task run); other events stay in events.csv. */
export const inPointerSamples = (event: EventRecord, index: DatasetIndex) =>
	event.type === pointerSamplesEventType && event.taskRunId !== null && index.taskRunById.has(event.taskRunId);

/** Every sample in file order, with its run and place in it side by side: rows are positions here, not a million row objects. */
interface Samples {
	samples: PointerSample[];
	taskRunIds: string[];
	sampleIndexes: number[];
}

const pointerTypeLevels = { mouse: 'mouse', touch: 'touch (finger)', pen: 'pen / stylus' } satisfies Record<PointerSample['pointerType'], string>;
const phaseLevels = { down: 'pointer down', move: 'move', up: 'pointer up' } satisfies Record<PointerSample['phase'], string>;

const sampleColumns = ({ samples, taskRunIds, sampleIndexes }: Samples) =>
	recordColumns<number>([
		{ name: 'task_run_id', type: 'string', description: 'Task run id: the run’s other identifiers are in task_runs.csv', value: (i) => taskRunIds[i] },
		{ name: 'sample_index', type: 'integer', description: 'Order of the sample within its task run (by t_ms), from 0', value: (i) => sampleIndexes[i] },
		{ name: 't_ms', type: 'number', unit: 'ms', description: "The input event's timeStamp, on the page time base (performance.now)", value: (i) => samples[i]!.tMs },
		{ name: 'x_units', type: 'number', unit: 'units', description: `x on the PHES sheet, from its left edge (the sheet is ${sheetWidth} units wide)`, value: (i) => samples[i]!.x },
		{ name: 'y_units', type: 'number', unit: 'units', description: `y on the PHES sheet, from its top edge downwards (the sheet is ${sheetHeight} units high)`, value: (i) => samples[i]!.y },
		{ name: 'pointer_type', type: 'category', description: 'Input device', levels: pointerTypeLevels, value: (i) => samples[i]!.pointerType },
		{ name: 'pressure', type: 'number', description: 'Pressure 0…1 as the browser reports it (0.5 for a pressed mouse button)', value: (i) => samples[i]!.pressure },
		{ name: 'phase', type: 'category', description: 'Pointer phase', levels: phaseLevels, value: (i) => samples[i]!.phase }
	]);

export function pointerSamplesTable(index: DatasetIndex, events: readonly EventRecord[]): TidyTable<number> {
	const eventsByRun = new Map<string, EventRecord[]>();
	for (const event of events) {
		if (!inPointerSamples(event, index)) continue;
		const list = eventsByRun.get(event.taskRunId!) ?? [];
		eventsByRun.set(event.taskRunId!, list);
		list.push(event);
	}
	const all: Samples = { samples: [], taskRunIds: [], sampleIndexes: [] };
	for (const run of index.taskRuns) {
		const runEvents = eventsByRun.get(run.id);
		if (!runEvents) continue;
		const samples = storedSamples(runEvents, run.id);
		for (let i = 0; i < samples.length; i++) {
			all.samples.push(samples[i]!);
			all.taskRunIds.push(run.id);
			all.sampleIndexes.push(i);
		}
	}
	return {
		path: 'pointer_samples.csv',
		rowIs: 'pointer sample of a digital PHES subtest',
		columns: sampleColumns(all),
		rows: all.samples.map((_, i) => i)
	};
}
