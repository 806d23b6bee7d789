// `npm run --silent merge -- a.json b.json > merged.json`: one bundle from several of one study,
// by the browser import's merge rule. Conflicts and held-back records go to standard error; a
// file that cannot be read refuses the merge and nothing is written.
import { writeFile } from 'node:fs/promises';
import { nowIso } from '../src/lib/model/ids';
import { serializeBundle } from '../src/lib/export/bundle/bundle';
import { mergedSummary } from '../src/lib/export/bundle/merge-bundles';
import { appBuild, exitRefused, exitUsage, mergedFiles, readCommandLine, type CommandIo } from './cli-support';

const mergeUsage =
	'Usage: npm run --silent merge -- [--out merged.json] [--max-mb N] bundle.json…\n' +
	'Writes one bundle to standard output (or to --out); use --silent so npm writes nothing else there.\n';

export async function runMerge(args: readonly string[], io: CommandIo): Promise<number> {
	const line = readCommandLine(args, { out: { type: 'string' } }, mergeUsage, io);
	if (typeof line === 'number') return line;
	const { values, positionals, maxBytes } = line;
	if (positionals.length === 0 || Number.isNaN(maxBytes)) {
		io.stderr(mergeUsage);
		return exitUsage;
	}
	const merged = await mergedFiles(positionals, maxBytes, io);
	if (!merged) return exitRefused;
	const text = serializeBundle(merged.dataset, { kind: merged.kind, exportedAt: nowIso(), exportId: crypto.randomUUID(), app: appBuild() });
	if (values.out !== undefined) await writeFile(values.out, text);
	else io.stdout(text);
	io.stderr(`Merged ${mergedSummary(merged.dataset, positionals.length)}${merged.unmerged.length > 0 ? `; ${merged.unmerged.length} records not merged (listed above)` : ''}.\n`);
	return 0;
}
