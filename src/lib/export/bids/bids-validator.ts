// Runs the `bids-validator` npm package (1.14, offline) on export files written to a temporary
// folder: Node only, for the BIDS export's tests and the export benchmark.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ExportFile } from '../files';

export interface BidsIssue {
	key: string;
	reason: string;
	/** Each file the issue is about, with the validator's evidence. */
	files: string[];
}

export interface BidsValidation {
	errors: BidsIssue[];
	warnings: BidsIssue[];
}

interface RawIssue {
	key: string;
	reason?: string;
	files?: { file?: { relativePath?: string } | null; evidence?: string | null }[];
}

/** The package's command, from the project folder (where npm, vitest and tsx run). */
const validatorBin = resolve('node_modules/.bin/bids-validator');

const issuesOf = (raw: readonly RawIssue[]): BidsIssue[] =>
	raw.map((issue) => ({
		key: issue.key,
		reason: issue.reason ?? '',
		files: (issue.files ?? []).map((f) => [f.file?.relativePath, f.evidence].filter(Boolean).join(': '))
	}));

/** Writes the files to a fresh temporary folder, validates it and removes it again. */
export async function validateBids(files: readonly ExportFile[]): Promise<BidsValidation> {
	const dir = await mkdtemp(join(tmpdir(), 'hepcog-bids-'));
	try {
		for (const file of files) {
			const path = join(dir, file.path);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, file.data);
		}
		// The validator exits non-zero when it finds errors; its JSON report is on stdout either way
		// (and lists every file an issue is about: large for a large study).
		const stdout = await new Promise<string>((done, fail) =>
			execFile(validatorBin, [dir, '--json'], { maxBuffer: 512 * 1024 * 1024 }, (error, out) => (out.trim().startsWith('{') ? done(out) : fail(error ?? new Error(out))))
		);
		const report = JSON.parse(stdout) as { issues: { errors: RawIssue[]; warnings: RawIssue[] } };
		return { errors: issuesOf(report.issues.errors), warnings: issuesOf(report.issues.warnings) };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
