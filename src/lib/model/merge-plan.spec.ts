import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from './dataset';
import { mergeDatasets, sortedDataset } from './dataset-merge';
import { contentOf, mergeOutcome } from './record-merge';
import { versionStamp, type ParticipantRecord, type StudyRecord, type VisitRecord, type Written } from './records';
import { testParticipant } from './fixtures/participant';

const written = (installationId: string, writtenAt: string, supersedes: string[] = []): Written => ({ installationId, writtenAt, supersedes });
const laptopA = written('laptop-a', '2026-12-01T09:00:00.000+07:00');

const study: StudyRecord = {
	id: 'study-1',
	name: 'Trial',
	visits: [{ id: 'v0', name: 'Baseline', targetDay: 0 }],
	arms: [{ id: 'arm-1', name: 'Secretome', role: 'intervention' }],
	sites: [],
	examiners: [],
	minAgeYears: 17,
	phesNormSetKey: null,
	stroopNormSetKey: null,
	redcapEventNames: {},
	redcapDataAccessGroups: {},
	createdAt: '2026-12-01T09:00:00.000+07:00',
	updatedAt: '2026-12-01T09:00:00.000+07:00',
	revision: 1,
	...laptopA
};

const participant = (id: string, code: string, stamp: Written = laptopA): ParticipantRecord => ({
	...testParticipant('arm-1', { code }),
	id,
	studyId: study.id,
	createdAt: '2026-12-01T09:00:00.000+07:00',
	updatedAt: '2026-12-01T09:00:00.000+07:00',
	revision: 1,
	...stamp
});

const visit = (id: string, participantId: string, date: string | null, stamp: Written = laptopA): VisitRecord => ({
	id,
	participantId,
	studyVisitId: 'v0',
	name: 'Baseline',
	targetDate: '2026-12-01',
	date,
	createdAt: '2026-12-01T09:00:00.000+07:00',
	updatedAt: stamp.writtenAt,
	revision: 1 + stamp.supersedes.length,
	...stamp
});

const dataset = (change: Partial<Dataset>): Dataset => ({ ...emptyDataset(), study: [study], ...change });

describe('mergeOutcome', () => {
	const v1 = visit('vis-1', 'p1', null);
	const v2 = visit('vis-1', 'p1', '2026-12-02', written('laptop-b', '2026-12-02T10:00:00.000+07:00', [versionStamp(v1)]));
	const apart = visit('vis-1', 'p1', '2026-12-03', written('laptop-c', '2026-12-03T10:00:00.000+07:00', [versionStamp(v1)]));

	it('adds what is not stored and skips the same content whoever saved it', () => {
		expect(mergeOutcome(undefined, v1)).toBe('add');
		expect(mergeOutcome(v1, { ...v1, ...written('laptop-z', '2027-01-01T00:00:00.000+07:00') })).toBe('same');
	});

	it('takes a later version by its lineage, keeps a later stored one, and lists an edit made apart', () => {
		expect(mergeOutcome(v1, v2)).toBe('update');
		expect(mergeOutcome(v2, v1)).toBe('older');
		expect(mergeOutcome(v2, apart)).toBe('conflict');
		expect(mergeOutcome(apart, v2)).toBe('conflict');
	});

	it('compares content whatever the order of fields', () => {
		const reordered = Object.fromEntries(Object.entries(v1).reverse());
		expect(contentOf(reordered)).toBe(contentOf(v1));
		expect(contentOf({ ...v1, date: '2026-12-09' })).not.toBe(contentOf(v1));
	});
});

describe('planMerge and mergeDatasets', () => {
	it('adds new records, skips known ones and gives the same result in either order', async () => {
		const a = dataset({ participant: [participant('p1', 'JKT-001')], visit: [visit('vis-1', 'p1', '2026-12-01')] });
		const b = dataset({ participant: [participant('p2', 'JKT-002', written('laptop-b', '2026-12-01T10:00:00.000+07:00'))] });
		const ab = await mergeDatasets((await mergeDatasets(emptyDataset(), a)).merged, b);
		const ba = await mergeDatasets((await mergeDatasets(emptyDataset(), b)).merged, a);
		expect(ab.plan.counts).toMatchObject({ add: 1, same: 1 });
		expect(sortedDataset(ab.merged)).toEqual(sortedDataset(ba.merged));
		expect((await mergeDatasets(ab.merged, a)).plan.counts).toMatchObject({ add: 0, same: 3 });
	});

	it('ends with the latest version of a record edited on one laptop after another, in any order', async () => {
		const v1 = visit('vis-1', 'p1', null);
		const v2 = visit('vis-1', 'p1', '2026-12-02', written('laptop-b', '2026-12-02T10:00:00.000+07:00', [versionStamp(v1)]));
		const p = participant('p1', 'JKT-001');
		const early = dataset({ participant: [p], visit: [v1] });
		const late = dataset({ participant: [p], visit: [v2] });
		const one = (await mergeDatasets((await mergeDatasets(emptyDataset(), early)).merged, late)).merged;
		const other = (await mergeDatasets((await mergeDatasets(emptyDataset(), late)).merged, early)).merged;
		expect(one.visit).toEqual([v2]);
		expect(other.visit).toEqual([v2]);
	});

	it('lists a conflict and keeps the stored version', async () => {
		const v1 = visit('vis-1', 'p1', '2026-12-02');
		const apart = visit('vis-1', 'p1', '2026-12-05', written('laptop-b', '2026-12-05T10:00:00.000+07:00'));
		const p = participant('p1', 'JKT-001');
		const { merged: base } = await mergeDatasets(emptyDataset(), dataset({ participant: [p], visit: [v1] }));
		const { merged, plan } = await mergeDatasets(base, dataset({ participant: [p], visit: [apart] }));
		expect(merged.visit).toEqual([v1]);
		expect(plan.records.filter((r) => r.outcome === 'conflict')).toEqual([
			expect.objectContaining({ kind: 'visit', key: 'vis-1', reason: expect.stringMatching(/changed on two laptops/) })
		]);
	});

	it('holds back a second participant with a taken code, and everything that hangs on it', async () => {
		const { merged: base } = await mergeDatasets(emptyDataset(), dataset({ participant: [participant('p1', 'JKT-001')] }));
		const other = participant('p9', 'JKT-001', written('laptop-b', '2026-12-01T10:00:00.000+07:00'));
		const { merged, plan } = await mergeDatasets(base, dataset({ participant: [other], visit: [visit('vis-9', 'p9', null)] }));
		expect(merged.participant.map((p) => p.id)).toEqual(['p1']);
		expect(merged.visit).toEqual([]);
		expect(plan.records.map((r) => [r.kind, r.outcome])).toEqual([
			['study', 'same'],
			['participant', 'conflict'],
			['visit', 'held_back']
		]);
		expect(plan.records[2]!.reason).toMatch(/refers to participant p9/);
	});

	it('holds back a record whose parent is neither stored nor added', async () => {
		const { plan } = await mergeDatasets(emptyDataset(), dataset({ visit: [visit('vis-1', 'nobody', null)] }));
		expect(plan.counts).toMatchObject({ add: 1, held_back: 1 });
	});
});
