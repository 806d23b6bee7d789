// The export page's work: read the database, cut the data set with the filter, build the chosen
// format and zip it, one stage at a time with a pause between stages so the page can draw its
// progress bar. The files themselves come from the pure export layer, as on the command line.
import type { HepcogDb } from '../storage/db';
import { readDataset } from '../storage/repos/dataset-repo';
import { installationIdOf } from '../storage/installation';
import { buildBidsExport } from '../export/bids/bids-export';
import { serializeBundle } from '../export/bundle/bundle';
import type { ExportOptions } from '../export/export-options';
import { bytesOf, zipFiles, type ExportFile } from '../export/files';
import { filterDataset, type ExportFilter } from '../export/filters';
import { buildRedcapExport } from '../export/redcap/redcap-export';
import { buildTidyExport } from '../export/tidy/tidy-export';
import type { Dataset } from '../model/dataset';
import { nowIso } from '../model/ids';
import { m } from '../i18n/paraglide/messages.js';
import { getLocale } from '../i18n/paraglide/runtime.js';

export type ExportFormat = 'tidy' | 'redcap' | 'bids' | 'bundle';

export interface ExportRequest {
	format: ExportFormat;
	filter: ExportFilter;
	/** A UTF-8 byte order mark on CSV files, for Excel. */
	bom: boolean;
	/** REDCap: the records CSV and the data dictionary as two files instead of one zip. */
	redcapAsCsv: boolean;
	/** The JSON bundle is a full backup unless the filter is asked for. */
	bundleFiltered: boolean;
}

/** Where the build is: stage `step` of `steps`, named for the examiner. */
export interface ExportStage {
	step: number;
	steps: number;
	label: string;
}

export interface Download {
	fileName: string;
	data: Uint8Array | string;
	type: string;
	bytes: number;
}

export interface BuiltExport {
	/** Every file the export holds, with its size (inside the zip when zipped). */
	contents: { path: string; bytes: number }[];
	/** What the examiner saves: one zip, or the files themselves. */
	downloads: Download[];
	/** How much of the study the export covers. */
	covers: { participants: number; visits: number; sessions: number };
	/** A whole-study JSON bundle is a full backup: the moment its data was read (epoch ms); null for every other export. */
	fullBackupOfMs?: number | null;
}

export interface ExportContext {
	app: { version: string; commit: string };
	/** The export's moment and id (a parameter so a test can fix them). */
	now?: Date;
	exportId?: string;
	/** Called before each stage; the page shows it. */
	onStage?: (stage: ExportStage) => void;
	/** Lets the browser draw between stages. */
	pause?: () => Promise<void>;
}

const builders = { tidy: buildTidyExport, redcap: buildRedcapExport, bids: buildBidsExport } as const;
const formatNames: Readonly<Record<ExportFormat, string>> = {
	get tidy() { return m.export_format_tidy(); },
	redcap: 'REDCap',
	bids: 'BIDS',
	get bundle() { return m.export_bundle_name(); }
};

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Builds one export from the database as it is now. */
export async function buildExport(db: HepcogDb, request: ExportRequest, context: ExportContext): Promise<BuiltExport> {
	const exportedAt = nowIso(context.now ?? new Date());
	const exportId = context.exportId ?? crypto.randomUUID();
	const isBundle = request.format === 'bundle';
	const filtering = !isBundle || request.bundleFiltered;
	const zipping = !isBundle && !(request.format === 'redcap' && request.redcapAsCsv);
	const labels = [
		m.export_stage_reading(),
		...(filtering ? [m.export_stage_filtering()] : []),
		isBundle ? m.export_stage_bundle() : m.export_stage_building({ format: formatNames[request.format] }),
		...(zipping ? [m.export_stage_zipping()] : [])
	];
	let step = 0;
	const stage = async () => {
		context.onStage?.({ step: step + 1, steps: labels.length, label: labels[step]! });
		step++;
		await (context.pause ?? nextFrame)();
	};

	await stage();
	const readAtMs = (context.now ?? new Date()).getTime();
	let dataset = await readDataset(db);
	if (filtering) {
		await stage();
		dataset = filterDataset(dataset, request.filter);
	}
	const covers = { participants: dataset.participant.length, visits: dataset.visit.length, sessions: dataset.session.length };
	const filter = filtering ? request.filter : undefined;
	const baseName = exportBaseName(dataset, exportedAt);

	await stage();
	if (request.format === 'bundle') {
		const installationId = installationIdOf(db);
		const text = serializeBundle(dataset, { app: context.app, exportedAt, exportId });
		// Bundles of several laptops made in the same minute still get different names.
		const file = { fileName: `${baseName}-laptop-${installationId.slice(0, 8)}-bundle.json`, data: text, type: 'application/json', bytes: bytesOf({ path: '', data: text }).length };
		return { contents: [{ path: file.fileName, bytes: file.bytes }], downloads: [file], covers, fullBackupOfMs: filtering ? null : readAtMs };
	}
	const options: ExportOptions = { app: context.app, exportedAt, exportId, bom: request.bom, filter };
	const files = await builders[request.format](dataset, options);
	const contents = files.map((file) => ({ path: file.path, bytes: bytesOf(file).length }));
	if (!zipping) return { contents, downloads: files.map((file) => asDownload(file, `${baseName}-`)), covers };

	await stage();
	const zip = await zipFiles(files);
	return { contents, downloads: [{ fileName: `${baseName}-${request.format}.zip`, data: zip, type: 'application/zip', bytes: zip.length }], covers };
}

function asDownload(file: ExportFile, prefix: string): Download {
	const name = file.path.split('/').pop()!;
	const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
	return { fileName: `${prefix}${name}`, data: file.data, type, bytes: bytesOf(file).length };
}

/** `<study>-<yyyy-mm-dd>T<hh-mm>`: the study's name made safe for a file name, and the local time. */
export function exportBaseName(dataset: Dataset, exportedAt: string): string {
	const slug = (dataset.study[0]?.name ?? 'hepcog')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${slug || 'hepcog'}-${exportedAt.slice(0, 16).replace(':', '-')}`;
}

/** "1.2 MB", "830 B": sizes as the file list shows them (1000-based like file managers; "1,2 MB" in Indonesian). */
export function formatBytes(bytes: number, locale: string = getLocale()): string {
	if (bytes < 1000) return `${bytes} B`;
	const units = ['kB', 'MB', 'GB'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	const text = value.toFixed(value < 10 ? 1 : 0);
	return `${locale === 'id' ? text.replace('.', ',') : text} ${units[unit]}`;
}
