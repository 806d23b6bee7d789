// pointer_samples.csv: the raw pen, touch or mouse samples of the digital PHES in long format, one
// row per sample, read back with the same reader the replay uses (`storedSamples`). The one file
// whose rows carry only the task run's id, not every identifier: a study has millions of samples,
// and eight identifiers (five of them UUIDs) would make it about five times as large and slow to
// write and zip. task_runs.csv has every identifier of the run; join on task_run_id.
import { groupBy } from '../../model/group-by';
import type { EventRecord } from '../../model/records';
import { pointerSamplesEventType, type PointerSample } from '../../model/pointer-sample';
import { storedSamples } from '../../tasks/phes/replay';
import { sheetHeight, sheetWidth } from '../../tasks/shared/geometry';
import type { DatasetIndex } from './dataset-index';
import { recordColumns } from './tidy-column';
import type { TidyTable } from './tidy-table';

/** A pointer-sample event the file carries (one of a known task run); other events stay in events.csv. */
export const inPointerSamples = (event: EventRecord, index: DatasetIndex) =>
	event.type === pointerSamplesEventType && event.taskRunId !== null && index.taskRunById.has(event.taskRunId);

/** The row being written: one object refilled for every sample, so a million samples make no million rows. */
interface SampleRow {
	taskRunId: string;
	sampleIndex: number;
	sample: PointerSample;
}

const pointerTypeLevels = { mouse: 'mouse', touch: 'touch (finger)', pen: 'pen / stylus' } satisfies Record<PointerSample['pointerType'], string>;
const phaseLevels = { down: 'pointer down', move: 'move', up: 'pointer up' } satisfies Record<PointerSample['phase'], string>;

const sampleColumns = recordColumns<SampleRow>([
	{ name: 'task_run_id', type: 'string', description: 'Task run id: the run’s other identifiers are in task_runs.csv', value: (r) => r.taskRunId },
	{ name: 'sample_index', type: 'integer', description: 'Order of the sample within its task run (by t_ms), from 0', value: (r) => r.sampleIndex },
	{ name: 't_ms', type: 'number', unit: 'ms', description: "The input event's timeStamp, on the page time base (performance.now)", value: (r) => r.sample.tMs },
	{ name: 'x_units', type: 'number', unit: 'units', description: `x on the PHES sheet, from its left edge (the sheet is ${sheetWidth} units wide)`, value: (r) => r.sample.x },
	{ name: 'y_units', type: 'number', unit: 'units', description: `y on the PHES sheet, from its top edge downwards (the sheet is ${sheetHeight} units high)`, value: (r) => r.sample.y },
	{ name: 'pointer_type', type: 'category', description: 'Input device', levels: pointerTypeLevels, value: (r) => r.sample.pointerType },
	{ name: 'pressure', type: 'number', description: 'Pressure 0…1 as the browser reports it (0.5 for a pressed mouse button)', value: (r) => r.sample.pressure },
	{ name: 'phase', type: 'category', description: 'Pointer phase', levels: phaseLevels, value: (r) => r.sample.phase }
]);

/**
 * The samples are read run by run as the file is written, and let go after: holding a study's
 * million parsed samples at once costs more in memory and collection than reading them.
 */
export function pointerSamplesTable(index: DatasetIndex, events: readonly EventRecord[]): TidyTable<SampleRow> {
	const eventsByRun = groupBy(events.filter((event) => inPointerSamples(event, index)), (event) => event.taskRunId!);
	const runs = index.taskRuns.filter((run) => eventsByRun.has(run.id));
	return {
		path: 'pointer_samples.csv',
		rowIs: 'pointer sample of a digital PHES subtest',
		columns: sampleColumns,
		rows: {
			*[Symbol.iterator]() {
				for (const run of runs) {
					const samples = storedSamples(eventsByRun.get(run.id)!, run.id);
					const row: SampleRow = { taskRunId: run.id, sampleIndex: 0, sample: samples[0]! };
					for (let i = 0; i < samples.length; i++) {
						row.sampleIndex = i;
						row.sample = samples[i]!;
						yield row;
					}
				}
			}
		}
	};
}
