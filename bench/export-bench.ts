// bench:export — a synthetic study of 100 participants × 4 visits (a Stroop session and a digital
// PHES battery each, pointer samples included) over three laptops: each laptop's bundle is read
// and imported through the browser's import code into an empty profile (fake-indexeddb) and
// compared record by record with the original; two more profiles import the bundles in other
// orders; the whole study is exported as tidy by the Export page's own code from the merged
// profile (timed: reading the database, building the files, zipping them), REDCap and BIDS
// (checked by bids-validator); and every malformed bundle is fed to the import, which must refuse
// it (or list its conflict) and leave the database byte for byte as it was, read back after each.
// Pointer samples come every 16 ms by default, as coalesced mouse and touch events at about 60 Hz.
// Last line: one JSON object.
//   npm run bench:export [-- --participants N --sample-interval-ms N]
import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs, isDeepStrictEqual } from 'node:util';
import { parseBundle, serializeBundle, type BundleMeta } from '../src/lib/export/bundle/bundle';
import { buildBidsExport } from '../src/lib/export/bids/bids-export';
import { validateBids } from '../src/lib/export/bids/bids-validator';
import { bytesOf, type ExportFile } from '../src/lib/export/files';
import { filterDataset } from '../src/lib/export/filters';
import { bundleMalformations, type Malformation } from '../src/lib/export/fixtures/bundle-malformations';
import { installationsOf, installationSubset } from '../src/lib/export/fixtures/installation-subset';
import { syntheticStudy } from '../src/lib/export/fixtures/synthetic-study';
import { buildRedcapExport } from '../src/lib/export/redcap/redcap-export';
import { buildTidyExport } from '../src/lib/export/tidy/tidy-export';
import { parseCsv } from '../src/lib/export/csv';
import { sortedDataset } from '../src/lib/model/dataset-merge';
import { buildExport } from '../src/lib/state/export-run';
import type { Dataset } from '../src/lib/model/dataset';
import { openHepcogDb, type HepcogDb } from '../src/lib/storage/db';
import { importDataset, previewImport, readDataset, WrongStudyError, type ImportPlan } from '../src/lib/storage/repos/dataset-repo';

const { values: args } = parseArgs({ options: { participants: { type: 'string', default: '100' }, 'sample-interval-ms': { type: 'string', default: '16' } } });
const participants = Number(args.participants);
const sampleIntervalMs = Number(args['sample-interval-ms']);
const app = { version: '0.1.0', commit: 'bench' };
const meta: BundleMeta = { exportedAt: '2026-12-01T10:00:00.000+07:00', exportId: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', app };
const log = (line: string) => console.log(line);
const elapsed = (since: number) => Math.round(performance.now() - since);

/** What the Import page does: read the file (refusing another study when this laptop has one), preview it, then import it. */
async function importText(db: HepcogDb, text: string, options: { maxBytes?: number; expectStudyId: string | null }): Promise<{ refused: string } | { plan: ImportPlan }> {
	const parsed = parseBundle(text, options);
	if (!parsed.ok) return { refused: parsed.message };
	await previewImport(db, parsed.bundle.records);
	return { plan: await importDataset(db, parsed.bundle.records) };
}

async function profileFrom(name: string, texts: readonly string[]): Promise<HepcogDb> {
	const db = await openHepcogDb({}, name);
	for (const text of texts) {
		// The laptop holds the study after the first bundle; the next ones must be of the same study.
		const parsed = parseBundle(text);
		if (!parsed.ok) throw new Error(parsed.message);
		const plan = await importDataset(db, parsed.bundle.records);
		if (plan.counts.conflict + plan.counts.held_back > 0) throw new Error(`${name}: ${plan.counts.conflict} conflicts, ${plan.counts.held_back} held back`);
	}
	return db;
}

async function closeAndDelete(db: HepcogDb): Promise<void> {
	const name = db.name;
	db.close();
	await new Promise<void>((done) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = () => done();
	});
}

const textOf = (files: readonly ExportFile[], path: string) => strFromU8(bytesOf(files.find((f) => f.path === path)!));

/** Data rows of each file of a zipped export, as its manifest counts them (only the manifest is unpacked). */
function manifestRows(zip: Uint8Array): (path: string) => number {
	const manifest = JSON.parse(strFromU8(unzipSync(zip, { filter: (entry) => entry.name === 'manifest.json' })['manifest.json']!)) as { files: { path: string; rows: number | null }[] };
	return (path) => manifest.files.find((f) => f.path === path)?.rows ?? 0;
}

// 1. The study, and each laptop's bundle.
let since = performance.now();
let study: Dataset | null = await syntheticStudy({ participants, visits: 4, installations: 3, seed: 20_261_201, sampleIntervalMs });
const generateMs = elapsed(since);
const installations = installationsOf(study);
const studyId = study.study[0]!.id;
const bundles = installations.map((id) => serializeBundle(installationSubset(study!, id), meta));
log(`Generated ${participants} participants × 4 visits in ${generateMs} ms (pointer samples every ${sampleIntervalMs} ms); bundles of ${installations.length} laptops: ${bundles.map((b) => `${(b.length / 1e6).toFixed(1)} MB`).join(', ')}`);

// 2. Read, preview and import every bundle into an empty profile, one after the other, timed.
since = performance.now();
const merged = await openHepcogDb({}, 'bench-merged');
for (const [i, text] of bundles.entries()) {
	// An empty laptop takes the first bundle's study; the next bundles must be of that study.
	const result = await importText(merged, text, { expectStudyId: i === 0 ? null : studyId });
	if ('refused' in result) throw new Error(result.refused);
	if (result.plan.counts.conflict + result.plan.counts.held_back > 0) throw new Error(`${result.plan.counts.conflict} conflicts, ${result.plan.counts.held_back} held back`);
}
const importMs = elapsed(since);
let mergedSorted: Dataset | null = sortedDataset(await readDataset(merged));
const roundtripIdentical = isDeepStrictEqual(mergedSorted, sortedDataset(study));
log(`Read, previewed and imported ${bundles.length} bundles in ${importMs} ms; identical to the original record for record: ${roundtripIdentical}`);

// 3. The same bundles in two other orders.
let mergeOrderIndependent = true;
const backward = [...bundles].reverse();
const rotated = [...bundles.slice(1), bundles[0]!];
for (const [name, order] of [['bench-backward', backward], ['bench-rotated', rotated]] as const) {
	const db = await profileFrom(name, order);
	mergeOrderIndependent &&= isDeepStrictEqual(sortedDataset(await readDataset(db)), mergedSorted!);
	await closeAndDelete(db);
}
// The export below starts from the merged profile, as the Export page does: the rest is let go.
bundles.length = 0;
study = null;
mergedSorted = null;
log(`Imported in two other orders: the same database each time: ${mergeOrderIndependent}`);

// 4. The tidy export of the whole study by the Export page's code: read the database, build, zip.
// Each stage's time too (with the page's short pause at its start, so the browser can draw).
const stageMs: string[] = [];
let stageStart = 0;
let stageLabel = '';
const endStage = () => {
	if (stageLabel) stageMs.push(`${stageLabel.toLowerCase()} ${elapsed(stageStart)} ms`);
};
since = performance.now();
const tidyExport = await buildExport(merged, { format: 'tidy', filter: {}, bom: false, redcapAsCsv: false, bundleFiltered: false }, {
	app,
	now: new Date(meta.exportedAt),
	exportId: meta.exportId,
	onStage: ({ label }) => {
		endStage();
		[stageLabel, stageStart] = [label, performance.now()];
	}
});
const exportMs = elapsed(since);
endStage();
const tidyZip = tidyExport.downloads[0]!.data as Uint8Array;
const rowsOf = manifestRows(tidyZip);
const trialRows = rowsOf('trials.csv');
const sampleRows = rowsOf('pointer_samples.csv');
log(`Tidy export from the database (${tidyExport.covers.sessions} sessions, ${tidyExport.contents.length} files, zip ${(tidyZip.byteLength / 1e6).toFixed(1)} MB) in ${exportMs} ms: ${stageMs.join('; ')}`);

// REDCap and BIDS from the data set read once more (not timed), as the command line builds them.
const wholeStudy = await readDataset(merged);
await closeAndDelete(merged);
since = performance.now();
const redcap = await buildRedcapExport(wholeStudy, { app, exportedAt: meta.exportedAt, exportId: meta.exportId });
const redcapMs = elapsed(since);
since = performance.now();
const bids = await buildBidsExport(wholeStudy, { app, exportedAt: meta.exportedAt, exportId: meta.exportId });
const bidsMs = elapsed(since);
since = performance.now();
const validation = await validateBids(bids);
log(
	`REDCap (${redcap.length} files) in ${redcapMs} ms; ` +
		`BIDS (${bids.length} files) in ${bidsMs} ms, bids-validator ${elapsed(since)} ms: ${validation.errors.length} errors, warnings ${validation.warnings.map((w) => w.key).join(', ') || 'none'}`
);

// 5. Malformed bundles, made from one participant's bundle of this study, against a laptop holding it.
const first = wholeStudy.participant.find((p) => p.code.endsWith('-001'))!;
const base = serializeBundle(filterDataset(wholeStudy, { participantIds: [first.id] }), meta);
const malformations = bundleMalformations(base);
const laptop = await profileFrom('bench-malformed', [base]);
const snapshot = async () => JSON.stringify(await readDataset(laptop));

async function rejectedCleanly(malformation: Malformation): Promise<boolean> {
	const before = await snapshot();
	let outcomeRight: boolean;
	try {
		const result = await importText(laptop, malformation.text, { expectStudyId: studyId, ...malformation.parseOptions });
		if (malformation.expect === 'refused') outcomeRight = 'refused' in result && (malformation.mentions?.test(result.refused) ?? true);
		else outcomeRight = 'plan' in result && result.plan.counts.conflict > 0 && result.plan.counts.add + result.plan.counts.update === 0;
	} catch {
		outcomeRight = false; // an import that throws is not a clean refusal
	}
	return outcomeRight && (await snapshot()) === before;
}

const malformed = malformations.filter((m) => m.expect !== 'accepted');
let cleanly = 0;
const unclean: string[] = [];
for (const malformation of malformed) {
	if (await rejectedCleanly(malformation)) cleanly++;
	else unclean.push(malformation.name);
}
// Another study's bundle read without the laptop's study: the import itself must refuse it.
const otherStudy = parseBundle(malformations.find((m) => m.name === 'another study’s bundle')!.text);
const beforeOther = await snapshot();
let importRefusesOtherStudy = false;
if (otherStudy.ok) {
	try {
		await importDataset(laptop, otherStudy.bundle.records);
	} catch (error) {
		importRefusesOtherStudy = error instanceof WrongStudyError && (await snapshot()) === beforeOther;
	}
}
log(`Malformed bundles: ${malformed.length}, refused (or conflict listed) with the database unchanged: ${cleanly}${unclean.length > 0 ? ` — not: ${unclean.join('; ')}` : ''}; another study refused by the import itself: ${importRefusesOtherStudy}`);

// Legal but odd-looking files are imported; formula-like text comes out neutralised in the CSVs.
const accepted = malformations.filter((m) => m.expect === 'accepted');
let acceptedOk = 0;
for (const malformation of accepted) {
	const result = await importText(laptop, malformation.text, { expectStudyId: studyId });
	if ('plan' in result && result.plan.counts.conflict + result.plan.counts.held_back === 0) acceptedOk++;
}
const afterAccepted = await buildTidyExport(await readDataset(laptop), { app, exportedAt: meta.exportedAt, exportId: meta.exportId });
const sessions = parseCsv(textOf(afterAccepted, 'sessions.csv'));
const examinerColumn = sessions.header.indexOf('examiner');
const examiners = sessions.rows.map((row) => row[examinerColumn] ?? '');
const neutralised = examiners.includes('\'=HYPERLINK("http://example.com","click")') && !examiners.some((cell) => /^[=+\-@\t\r]/.test(cell));
log(`Odd but legal bundles imported: ${acceptedOk} of ${accepted.length}; formula-like text neutralised in the tidy CSVs: ${neutralised}`);
await closeAndDelete(laptop);

const result = {
	bench: 'export',
	sessions: wholeStudy.session.length,
	sample_interval_ms: sampleIntervalMs,
	trial_rows: trialRows,
	sample_rows: sampleRows,
	export_ms: exportMs,
	import_ms: importMs,
	roundtrip_identical: roundtripIdentical,
	merge_order_independent: mergeOrderIndependent,
	malformed_cases: malformed.length,
	malformed_rejected_cleanly: cleanly,
	bids_validator_errors: validation.errors.length
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/export.json', JSON.stringify(result, null, 1));
console.log(JSON.stringify(result));
