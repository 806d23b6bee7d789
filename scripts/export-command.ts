// `npm run export -- --format tidy|redcap|bids --out DIR bundle.json…`: the exports of the Export
// page, built by the same code from one or more bundles of a study (merged as the browser import
// merges them), written as files under DIR or, with --zip, as one zip file at --out.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Dataset } from '../src/lib/model/dataset';
import { nowIso } from '../src/lib/model/ids';
import { buildBidsExport } from '../src/lib/export/bids/bids-export';
import { mergedSummary } from '../src/lib/export/bundle/merge-bundles';
import type { ExportOptions } from '../src/lib/export/export-options';
import { bytesOf, zipFiles, type ExportFile } from '../src/lib/export/files';
import { buildRedcapExport } from '../src/lib/export/redcap/redcap-export';
import { buildTidyExport } from '../src/lib/export/tidy/tidy-export';
import { appBuild, exitRefused, exitUsage, mergedFiles, readCommandLine, type CommandIo } from './cli-support';

const exportFormats: Readonly<Record<string, (dataset: Dataset, options: ExportOptions) => Promise<ExportFile[]>>> = {
	tidy: buildTidyExport,
	redcap: buildRedcapExport,
	bids: buildBidsExport
};

const exportUsage =
	'Usage: npm run export -- --format tidy|redcap|bids --out DIR [--zip] [--bom] [--max-mb N] bundle.json…\n' +
	'Writes the export’s files under DIR (a new or empty folder); with --zip, one zip file at --out.\n';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Each file under `dir`, returning the bytes written; a path that would leave it is refused rather than written elsewhere. */
async function writeTree(dir: string, files: readonly ExportFile[]): Promise<number> {
	const root = resolve(dir);
	let bytes = 0;
	for (const file of files) {
		const path = resolve(root, file.path);
		if (!path.startsWith(root + sep)) throw new Error(`the export names a file outside its folder: ${file.path}`);
		const data = bytesOf(file);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, data);
		bytes += data.byteLength;
	}
	return bytes;
}

export async function runExport(args: readonly string[], io: CommandIo): Promise<number> {
	const line = readCommandLine(args, { format: { type: 'string' }, out: { type: 'string' }, zip: { type: 'boolean' }, bom: { type: 'boolean' } }, exportUsage, io);
	if (typeof line === 'number') return line;
	const { values, positionals, maxBytes } = line;
	const build = values.format === undefined ? undefined : exportFormats[values.format];
	if (!build || values.out === undefined || positionals.length === 0 || Number.isNaN(maxBytes)) {
		if (values.format !== undefined && !build) io.stderr(`Unknown format ${values.format}: use ${Object.keys(exportFormats).join(', ')}.\n`);
		io.stderr(exportUsage);
		return exitUsage;
	}
	const out = values.out;
	// A folder already holding files would mix this export with older ones.
	if (!values.zip && existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0)) {
		io.stderr(`${out} is not an empty folder; give --out a new or empty folder.\n`);
		return exitUsage;
	}
	if (values.zip && existsSync(out)) {
		io.stderr(`${out} exists already; give --out a new zip file name.\n`);
		return exitUsage;
	}

	const merged = await mergedFiles(positionals, maxBytes, io);
	if (!merged) return exitRefused;
	const options: ExportOptions = { app: appBuild(), exportedAt: nowIso(), exportId: crypto.randomUUID(), bom: values.bom ?? false };
	const files = await build(merged.dataset, options);
	if (values.zip) {
		const zip = await zipFiles(files);
		await mkdir(dirname(resolve(out)), { recursive: true });
		await writeFile(out, zip);
		io.stdout(`Wrote ${out} (${files.length} files, ${megabytes(zip.byteLength)}): ${values.format} export of ${mergedSummary(merged.dataset, positionals.length)}.\n`);
	} else {
		const bytes = await writeTree(out, files);
		io.stdout(`Wrote ${files.length} files (${megabytes(bytes)}) under ${join(out, '')}: ${values.format} export of ${mergedSummary(merged.dataset, positionals.length)}.\n`);
	}
	if (merged.unmerged.length > 0) io.stderr(`${merged.unmerged.length} records were not merged (listed above); the export holds the versions read first.\n`);
	return 0;
}
