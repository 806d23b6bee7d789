// Scores a CSV of paper PHES results against a norm set and writes the scored CSV to stdout.
//   npm run score -- --norms <built-in id | norm-set.json> [--administration paper|digital] <input.csv>
// Problems (malformed or unscorable rows) go to stderr with their line number; the exit status
// is 1 when any row was not scored, 2 when nothing could be scored at all (bad arguments or set).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scorePhesCsv } from '../src/lib/scoring/batch';
import { builtinNormSet, builtinNormSets } from '../src/lib/scoring/norm-sets/builtin/index';
import { parseNormSetFile } from '../src/lib/scoring/norm-sets/checksum';
import type { NormSet } from '../src/lib/scoring/norm-sets/norm-set';

const usage = 'Usage: npm run score -- --norms <built-in id | norm-set.json> [--administration paper|digital] <input.csv>';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

async function loadNormSet(argument: string): Promise<NormSet> {
	const builtin = builtinNormSet(argument);
	if (builtin) return builtin;
	if (!existsSync(argument)) fail(`No built-in norm set '${argument}' (${[...new Set(builtinNormSets.map((s) => s.id))].join(', ')}) and no such file.`);
	const parsed = await parseNormSetFile(readFileSync(argument, 'utf8'));
	if (!parsed.ok) fail(`${argument}: ${parsed.message}`);
	return parsed.normSet;
}

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		options: { norms: { type: 'string' }, administration: { type: 'string', default: 'paper' } },
		allowPositionals: true
	});
	const [input, ...extra] = positionals;
	if (values.norms === undefined || input === undefined || extra.length > 0) fail(usage);
	if (values.administration !== 'paper' && values.administration !== 'digital') fail(`--administration must be paper or digital. ${usage}`);
	const normSet = await loadNormSet(values.norms);
	if (normSet.test !== 'phes') fail(`Norm set ${normSet.id} is a ${normSet.test} set; this command scores PHES.`);
	if (!existsSync(input)) fail(`No such input file: ${input}`);
	const result = await scorePhesCsv(readFileSync(input, 'utf8'), normSet, { administration: values.administration });
	process.stdout.write(result.csv);
	for (const problem of result.problems) process.stderr.write(`${input}:${problem.line}: ${problem.message}\n`);
	process.exitCode = result.problems.length > 0 ? 1 : 0;
}

await main();
