// `npm run --silent merge -- a.json b.json > merged.json`: one bundle from several of one study,
// by the browser import's merge rule. Conflicts and held-back records go to standard error; a
// file that cannot be read refuses the merge and nothing is written.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { nowIso } from '../src/lib/model/ids';
import { serializeBundle } from '../src/lib/export/bundle/bundle';
import { mergeBundleFiles, mergedSummary } from '../src/lib/export/bundle/merge-bundles';
import { appBuild, bundleInputs, exitRefused, exitUsage, maxBytesOf, type CommandIo } from './cli-support';

export const mergeUsage =
	'Usage: npm run --silent merge -- [--out merged.json] [--max-mb N] bundle.json…\n' +
	'Writes one bundle to standard output (or to --out); use --silent so npm writes nothing else there.\n';

export async function runMerge(args: readonly string[], io: CommandIo): Promise<number> {
	let values: { out?: string; 'max-mb'?: string; help?: boolean };
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' }, 'max-mb': { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true }));
	} catch (error) {
		io.stderr(`${(error as Error).message}\n${mergeUsage}`);
		return exitUsage;
	}
	if (values.help) {
		io.stdout(mergeUsage);
		return 0;
	}
	const maxBytes = maxBytesOf(values['max-mb']);
	if (positionals.length === 0 || Number.isNaN(maxBytes)) {
		io.stderr(mergeUsage);
		return exitUsage;
	}
	const merged = await mergeBundleFiles(bundleInputs(positionals), { maxBytes });
	if (!merged.ok) {
		for (const problem of merged.problems) io.stderr(`${problem}\n`);
		io.stderr('Nothing was written.\n');
		return exitRefused;
	}
	for (const note of merged.notes) io.stderr(`${note}\n`);
	const text = serializeBundle(merged.dataset, { kind: merged.kind, exportedAt: nowIso(), exportId: crypto.randomUUID(), app: appBuild() });
	if (values.out !== undefined) await writeFile(values.out, text);
	else io.stdout(text);
	io.stderr(`Merged ${mergedSummary(merged.dataset, positionals.length)}${merged.notes.length > 0 ? `; ${merged.notes.length} records not merged (listed above)` : ''}.\n`);
	return 0;
}
