// What the export and merge commands share: which build they are (package.json and git, as the
// app's own build info), the bundle files named on the command line, and where they write.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BundleInput } from '../src/lib/export/bundle/merge-bundles';

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

export const bundleInputs = (paths: readonly string[]): BundleInput[] => paths.map((path) => ({ name: path, read: () => readFile(path, 'utf8') }));

/** `--max-mb` as bytes; undefined when not given, NaN when not a positive number. */
export const maxBytesOf = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value) > 0 ? Number(value) * 1024 * 1024 : Number.NaN);
