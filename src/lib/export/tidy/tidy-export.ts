// The canonical export (design.md › Exports; ecosystem.md §1.1): tidy CSVs, one kind of
// observation per file, identifiers first on every row, then design, measured values and flags;
// a codebook generated from the declared columns; a manifest with provenance and checksums.
// The data set is already filtered; the filter only goes into the manifest.
import type { Dataset } from '../../model/dataset';
import { codebookFiles } from '../codebook/codebook';
import type { ExportOptions } from '../export-options';
import { bytesOf, type ExportFile } from '../files';
import { indexDataset } from './dataset-index';
import { eventsTable } from './events-table';
import { interruptionsBySession } from './interruption-count';
import { manifestFiles, tidyManifest } from './manifest';
import { participantsTable } from './participants-table';
import { pointerSamplesTable } from './pointer-samples-table';
import { scoresTable } from './scores-table';
import { sessionsTable } from './sessions-table';
import { taskRunsTable } from './task-runs-table';
import { builtTable, type BuiltTable } from './tidy-table';
import { trialsTable } from './trials-table';
import { visitsTable } from './visits-table';

/** What the codebook says of the export as a whole. */
const tidyNotes: readonly string[] = [
	'One file per kind of observation; every row starts with the identifiers down to its level (study, site, participant, arm, visit, session, task run), then its own id and the installation that wrote it.',
	'Missing values are empty cells; booleans are 0/1; decimals use "." with no thousands separator; times are ISO 8601 with the offset they were stored with; dates are YYYY-MM-DD.',
	'Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe; plain numbers such as -5 are left as they are.',
	'Columns ending in _ms inside a task run (onsets, responses, pointer samples, events) are on the page time base (performance.now()), which restarts when the page is reloaded; a resumed session logs a resumed event with the new time origin.',
	'trials.csv and task_runs.csv hold the union of the columns the tasks declare; a column a task does not declare is empty on its rows; the codebook names the tasks that declare each column, one entry per differing declaration.',
	'trials.csv has no exclusion column: the data model holds no exclusion records yet. Timing flags (flag_ columns) mark quality and never exclude a trial.',
	'The animation-frame times around each Stroop trial are not in trials.csv (a list per trial); longest_frame_ms summarises them and the JSON bundle keeps them whole.',
	'scores.csv is long: one row per stored score value of each score record, current and superseded (current, superseded_at); a refused score is one row with the reason and no value.',
	'pointer_samples.csv holds the raw samples of the digital PHES subtests, one row per sample in time order per task run; events.csv holds every other logged event.'
];

/** The eight tidy tables of a data set, in file order. */
export function tidyTables(dataset: Dataset): BuiltTable[] {
	const index = indexDataset(dataset);
	const trialsPerRun = new Map<string, number>();
	for (const trial of dataset.trial) trialsPerRun.set(trial.taskRunId, (trialsPerRun.get(trial.taskRunId) ?? 0) + 1);
	return [
		builtTable(participantsTable(index)),
		builtTable(visitsTable(index)),
		builtTable(sessionsTable(index, interruptionsBySession(dataset.event))),
		builtTable(taskRunsTable(index, trialsPerRun)),
		builtTable(trialsTable(index, dataset.trial)),
		builtTable(pointerSamplesTable(index, dataset.event)),
		builtTable(scoresTable(index, dataset.score)),
		builtTable(eventsTable(index, dataset.event))
	];
}

export async function buildTidyExport(dataset: Dataset, options: ExportOptions): Promise<ExportFile[]> {
	const bom = options.bom ?? false;
	const tables = tidyTables(dataset);
	const codebook = codebookFiles(tables, tidyNotes, { bom });
	const rows = new Map<string, number>([[codebook.files[0]!.path, codebook.rows]]);
	const csvFiles = tables.map((table) => {
		const { bytes, rows: count } = table.csv(bom);
		rows.set(table.path, count);
		return { path: table.path, data: bytes };
	});
	// Encoded once here, so the checksums and the zip read the same bytes without encoding again.
	const files: ExportFile[] = [...csvFiles, ...codebook.files.map((file) => ({ path: file.path, data: bytesOf(file) }))];
	const manifest = tidyManifest(dataset, options, await manifestFiles(files, rows));
	return [...files, { path: manifest.path, data: bytesOf(manifest) }];
}
