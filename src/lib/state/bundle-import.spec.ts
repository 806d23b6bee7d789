import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../storage/db';
import { importDataset, previewImport, readDataset } from '../storage/repos/dataset-repo';
import { createParticipant } from '../storage/repos/participant-repo';
import { ensureStudy } from '../storage/repos/study-repo';
import { serializeBundle } from '../export/bundle/bundle';
import { testParticipant } from '../model/fixtures/participant';
import type { Dataset } from '../model/dataset';
import { changesNothing, countsByKind, listedRecords, readBundleFiles } from './bundle-import';
import { withLocale } from '../i18n/with-locale';

const app = { version: '0.1.0', commit: 'abc123' };
let databases: HepcogDb[] = [];
const laptop = async (name: string) => {
	const db = await openHepcogDb({}, name);
	databases.push(db);
	return db;
};
beforeEach(() => {
	databases = [];
});
afterEach(() => databases.forEach((db) => db.close()));

const bundleText = (dataset: Dataset) =>
	serializeBundle(dataset, { app, exportedAt: '2026-11-03T10:00:00.000+07:00', exportId: crypto.randomUUID() });

/** Laptop A with two participants, and laptop B set up from A's study with one participant of its own. */
async function twoLaptops() {
	const a = await laptop('a');
	const study = await ensureStudy(a);
	await createParticipant(a, study, testParticipant(study.arms[0]!.id, { code: 'JKT-001' }));
	await createParticipant(a, study, testParticipant(study.arms[0]!.id, { code: 'JKT-002' }));
	const b = await laptop('b');
	await ensureStudy(b);
	await importDataset(b, { ...(await readDataset(a)), participant: [], visit: [] });
	await createParticipant(b, study, testParticipant(study.arms[1]!.id, { code: 'JKT-101' }));
	return { a: await readDataset(a), b: await readDataset(b) };
}

describe('reading chosen files', () => {
	it('merges several bundles of one study into one data set, each record once', async () => {
		const { a, b } = await twoLaptops();
		const read = await readBundleFiles([
			{ name: 'a.json', text: bundleText(a) },
			{ name: 'b.json', text: bundleText(b) }
		]);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.dataset.participant.map((p) => p.code).sort()).toEqual(['JKT-001', 'JKT-002', 'JKT-101']);
		expect(read.dataset.study).toHaveLength(1);
		expect(read.dataset.visit).toHaveLength(a.visit.length + b.visit.length);
		expect(read.betweenFiles).toEqual([]);
		expect(read.files.map((f) => [f.name, f.kind])).toEqual([
			['a.json', 'data bundle'],
			['b.json', 'data bundle']
		]);
	});

	it('refuses the whole choice when one file is refused, naming the file', async () => {
		const { a } = await twoLaptops();
		const text = bundleText(a);
		const read = await readBundleFiles([
			{ name: 'a.json', text },
			{ name: 'cut.json', text: text.slice(0, text.length / 2) }
		]);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problems.map((p) => p.name)).toEqual(['cut.json']);
		expect(read.problems[0]!.message.length).toBeGreaterThan(0);
	});

	it('refuses files of two different studies', async () => {
		const { a } = await twoLaptops();
		const other = await laptop('other');
		const otherStudy = await ensureStudy(other);
		await createParticipant(other, otherStudy, testParticipant(otherStudy.arms[0]!.id, { code: 'X-1' }));
		const read = await readBundleFiles([
			{ name: 'a.json', text: bundleText(a) },
			{ name: 'other.json', text: bundleText(await readDataset(other)) }
		]);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems[0]!.message).toMatch(/different studies/);
	});

	it('lists a participant code used for two people on two laptops, keeping the first file’s', async () => {
		const { a, b } = await twoLaptops();
		const clash = { ...b, participant: b.participant.map((p) => ({ ...p, code: 'JKT-001' })) };
		const read = await readBundleFiles([
			{ name: 'a.json', text: bundleText(a) },
			{ name: 'b.json', text: bundleText(clash) }
		]);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.betweenFiles.some((item) => item.outcome === 'conflict' && item.reason.startsWith('b.json: participant code JKT-001'))).toBe(true);
		expect(read.dataset.participant.filter((p) => p.code === 'JKT-001')).toHaveLength(1);
	});
});

describe('what an import does, per kind', () => {
	it('counts new records before the import and skipped ones after it', async () => {
		const { a } = await twoLaptops();
		const fresh = await laptop('fresh');
		await ensureStudy(fresh);
		const before = await previewImport(fresh, a);
		expect(before.adoptsStudy).not.toBeNull();
		const participants = countsByKind(before).find((row) => row.kind === 'participant');
		expect(participants).toMatchObject({ label: 'Participants', added: 2, updated: 0, skipped: 0, conflicts: 0, heldBack: 0 });
		expect(countsByKind(before).map((row) => row.kind)).toEqual(['study', 'participant', 'visit']);
		// The kinds stay codes; only their headings follow the UI language.
		expect(withLocale('id', () => countsByKind(before).map((row) => [row.kind, row.label]))).toEqual([
			['study', 'Studi'],
			['participant', 'Partisipan'],
			['visit', 'Kunjungan']
		]);
		expect(changesNothing(before)).toBe(false);

		await importDataset(fresh, a);
		const again = await previewImport(fresh, a);
		expect(changesNothing(again)).toBe(true);
		expect(countsByKind(again).every((row) => row.added === 0 && row.skipped > 0)).toBe(true);
		expect(listedRecords(again)).toEqual([]);
	});

	it('lists records held back with the reason', async () => {
		const { a } = await twoLaptops();
		const fresh = await laptop('fresh');
		await ensureStudy(fresh);
		// Visits without their participants cannot be added.
		const plan = await previewImport(fresh, { ...a, participant: [] });
		const listed = listedRecords(plan);
		expect(listed.length).toBe(a.visit.length);
		expect(listed.every((item) => item.outcome === 'held_back' && /refers to participant/.test(item.reason))).toBe(true);
		expect(countsByKind(plan).find((row) => row.kind === 'visit')?.heldBack).toBe(a.visit.length);
	});
});
