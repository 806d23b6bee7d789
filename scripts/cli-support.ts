// What the export and merge commands share: which build they are (package.json and git, as the
// app's own build info), their command line, the bundle files named on it, merged, and the messages
// about them on standard error.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mergeBundleFiles, type MergedBundles } from '../src/lib/export/bundle/merge-bundles';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Output of a command: standard output and standard error (replaced in tests). */
export interface CommandIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

export const processIo: CommandIo = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text)
};

/** Exit statuses: 1 when a file was refused or nothing could be written, 2 for a wrong command line. */
export const exitRefused = 1;
export const exitUsage = 2;

/** The app version from package.json and the commit as the app's build records it; 'unknown' outside a git checkout. */
export function appBuild(): { version: string; commit: string } {
	const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || 'unknown';
	} catch {
		// not a git checkout, or no git: the build stays 'unknown'
	}
	return { version, commit };
}

type CommandOptions = Record<string, { type: 'string' | 'boolean' }>;
/** The options' values as given: text, or true for a flag. */
type OptionValues<T extends CommandOptions> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };
const commonOptions = { 'max-mb': { type: 'string' }, help: { type: 'boolean' } } as const;

/**
 * The command's options (with --max-mb and --help) and bundle files; the exit status instead when
 * the command is done already: help was asked for (0) or the command line is wrong (usage).
 */
export function readCommandLine<const T extends CommandOptions>(
	args: readonly string[],
	options: T,
	usage: string,
	io: CommandIo
): number | { values: OptionValues<T>; positionals: string[]; maxBytes: number | undefined } {
	let parsed: { values: OptionValues<T & typeof commonOptions>; positionals: string[] };
	try {
		parsed = parseArgs({ args: [...args], options: { ...options, ...commonOptions }, allowPositionals: true }) as typeof parsed;
	} catch (error) {
		io.stderr(`${(error as Error).message}\n${usage}`);
		return exitUsage;
	}
	if (parsed.values.help) {
		io.stdout(usage);
		return 0;
	}
	const megabytes = parsed.values['max-mb'];
	// undefined when not given, NaN when not a positive number
	const maxBytes = megabytes === undefined ? undefined : Number(megabytes) > 0 ? Number(megabytes) * 1024 * 1024 : Number.NaN;
	return { values: parsed.values, positionals: parsed.positionals, maxBytes };
}

/**
 * The bundle files at `paths` merged, conflicts and held-back records listed on standard error;
 * null, with every problem and "Nothing was written." there, when a file is refused.
 */
export async function mergedFiles(paths: readonly string[], maxBytes: number | undefined, io: CommandIo): Promise<Extract<MergedBundles, { ok: true }> | null> {
	const merged = await mergeBundleFiles(
		paths.map((path) => ({ name: path, read: () => readFile(path, 'utf8') })),
		{ maxBytes }
	);
	if (!merged.ok) {
		for (const { name, message } of merged.problems) io.stderr(`${name}: ${message}\n`);
		io.stderr('Nothing was written.\n');
		return null;
	}
	for (const { file, outcome, reason } of merged.unmerged) io.stderr(`${file}: ${outcome === 'conflict' ? 'conflict' : 'held back'}: ${reason}\n`);
	return merged;
}
