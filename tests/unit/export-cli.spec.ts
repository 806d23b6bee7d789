// The command line (scripts/export-command.ts, scripts/merge-command.ts): bundles from several
// laptops in, the same exports and merge as in the browser out. The commands are called as
// functions, and `npm run --silent merge` once as a data manager would type it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle } from '../../src/lib/export/bundle/bundle';
import { bundleMalformations } from '../../src/lib/export/fixtures/bundle-malformations';
import { installationsOf, installationSubset } from '../../src/lib/export/fixtures/installation-subset';
import { goldenDataset, syntheticStudy } from '../../src/lib/export/fixtures/synthetic-study';
import type { Dataset } from '../../src/lib/model/dataset';
import { sortedDataset } from '../../src/lib/model/dataset-merge';
import type { CommandIo } from '../../scripts/cli-support';
import { runExport } from '../../scripts/export-command';
import { runMerge } from '../../scripts/merge-command';
import { testBundleMeta as meta } from '../../src/lib/export/fixtures/bundle-meta';

const root = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let study: Dataset;
let laptops: string[];
let goldenFile: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'hepcog-cli-'));
	study = await syntheticStudy({ participants: 6, visits: 1, installations: 2, seed: 41 });
	laptops = installationsOf(study).map((id, i) => {
		const path = join(dir, `laptop-${i + 1}.json`);
		writeFileSync(path, serializeBundle(installationSubset(study, id), meta));
		return path;
	});
	goldenFile = join(dir, 'golden.json');
	writeFileSync(goldenFile, serializeBundle(await goldenDataset(), meta));
}, 60_000);

function capture(): CommandIo & { out: string; err: string } {
	const io = { out: '', err: '', stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
	return io;
}

const fresh = (name: string) => join(mkdtempSync(join(dir, 'run-')), name);

describe('npm run export', () => {
	it('writes the tidy export of several laptops’ bundles, merged', async () => {
		const out = fresh('tidy');
		const io = capture();
		expect(await runExport(['--format', 'tidy', '--out', out, ...laptops], io)).toBe(0);
		expect(readdirSync(out)).toEqual(expect.arrayContaining(['manifest.json', 'participants.csv', 'trials.csv', 'pointer_samples.csv', 'codebook.csv']));
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.installation_ids).toEqual(installationsOf(study).sort());
		expect(manifest.app.version).toBe('0.1.0');
		expect(readFileSync(join(out, 'participants.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1 + 6);
		expect(io.out).toMatch(/^Wrote \d+ files .* tidy export of 2 bundles: 6 participants, 12 sessions/);
		expect(io.err).toBe('');
	}, 60_000);

	it('writes REDCap and BIDS exports with the same code', async () => {
		const redcap = fresh('redcap');
		expect(await runExport(['--format', 'redcap', '--out', redcap, ...laptops], capture())).toBe(0);
		expect(readdirSync(redcap).sort()).toEqual(['redcap_data_dictionary.csv', 'redcap_import.csv']);
		const bids = fresh('bids');
		expect(await runExport(['--format', 'bids', '--out', bids, ...laptops], capture())).toBe(0);
		expect(readdirSync(bids)).toEqual(expect.arrayContaining(['dataset_description.json', 'participants.tsv', 'sub-JKT001']));
	}, 60_000);

	it('writes one zip with --zip', async () => {
		const zip = fresh('export.zip');
		expect(await runExport(['--format', 'tidy', '--zip', '--out', zip, laptops[0]!], capture())).toBe(0);
		const entries = unzipSync(readFileSync(zip));
		expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'trials.csv']));
		expect(JSON.parse(strFromU8(entries['manifest.json']!)).installation_ids).toEqual([installationsOf(study)[0]]);
	}, 60_000);

	it('refuses to merge when one file cannot be read, naming it, and writes nothing', async () => {
		const broken = join(dir, 'broken.json');
		writeFileSync(broken, readFileSync(laptops[1]!, 'utf8').slice(0, 5000));
		const out = fresh('refused');
		const io = capture();
		expect(await runExport(['--format', 'tidy', '--out', out, laptops[0]!, broken], io)).toBe(1);
		expect(io.err).toMatch(/broken\.json: The file is not complete JSON .*\nNothing was written\.\n$/);
		expect(existsSync(out)).toBe(false);
	}, 60_000);

	it('refuses bundles of two studies', async () => {
		const io = capture();
		expect(await runExport(['--format', 'tidy', '--out', fresh('two'), laptops[0]!, goldenFile], io)).toBe(1);
		expect(io.err).toMatch(/golden\.json: belongs to the study .* merge the bundles of one study only/);
	}, 60_000);

	it('lists conflicts on standard error and still exports, keeping the version read first', async () => {
		const changed = join(dir, 'changed.json');
		const conflict = bundleMalformations(readFileSync(laptops[0]!, 'utf8')).find((m) => m.expect === 'conflict')!;
		writeFileSync(changed, conflict.text);
		const io = capture();
		expect(await runExport(['--format', 'tidy', '--out', fresh('conflict'), laptops[0]!, changed], io)).toBe(0);
		expect(io.err).toMatch(/changed\.json: conflict: participant JKT-001 was changed on two laptops; the stored version is kept\./);
		expect(io.err).toMatch(/1 records were not merged/);
	}, 60_000);

	it('refuses a folder that already holds files, an unknown format and a missing --out', async () => {
		const used = mkdtempSync(join(dir, 'used-'));
		writeFileSync(join(used, 'old.csv'), 'x');
		const io = capture();
		expect(await runExport(['--format', 'tidy', '--out', used, laptops[0]!], io)).toBe(2);
		expect(io.err).toMatch(/is not an empty folder/);
		expect(await runExport(['--format', 'xls', '--out', fresh('xls'), laptops[0]!], io)).toBe(2);
		expect(io.err).toMatch(/Unknown format xls: use tidy, redcap, bids/);
		expect(await runExport(['--format', 'tidy', laptops[0]!], io)).toBe(2);
	});
});

describe('npm run merge', () => {
	it('writes one bundle of every laptop’s records to standard output, and the summary to standard error', async () => {
		const io = capture();
		expect(await runMerge(laptops, io)).toBe(0);
		const parsed = parseBundle(io.out);
		if (!parsed.ok) throw new Error(parsed.message);
		expect(sortedDataset(parsed.bundle.records)).toEqual(sortedDataset(study));
		expect(parsed.bundle.installationIds).toEqual(installationsOf(study).sort());
		expect(io.err).toMatch(/^Merged 2 bundles: 6 participants, 12 sessions/);
	}, 60_000);

	it('writes to --out and refuses, writing nothing, when a file is refused', async () => {
		const out = fresh('merged.json');
		expect(await runMerge(['--out', out, ...laptops], capture())).toBe(0);
		expect(parseBundle(readFileSync(out, 'utf8')).ok).toBe(true);
		const io = capture();
		const empty = join(dir, 'empty.json');
		writeFileSync(empty, '');
		expect(await runMerge([laptops[0]!, empty], io)).toBe(1);
		expect([io.out, io.err]).toEqual(['', `${empty}: The file is empty.\nNothing was written.\n`]);
	}, 60_000);

	it('as typed with npm run --silent, leaves only the bundle on standard output', () => {
		const run = spawnSync('npm', ['run', '--silent', 'merge', '--', ...laptops], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
		expect(run.status).toBe(0);
		expect(run.stdout.startsWith('{"format":"hepcog-bundle"')).toBe(true);
		expect(parseBundle(run.stdout).ok).toBe(true);
	}, 60_000);
});
