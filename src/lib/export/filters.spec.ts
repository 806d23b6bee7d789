import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { filterDataset } from './filters';
import { smallStudy } from './redcap/small-study.fixture';

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

/** Each kind's ids, for comparing what a filter kept. */
const kept = (dataset: Dataset) => ({
	participant: ids(dataset.participant),
	visit: ids(dataset.visit),
	session: ids(dataset.session),
	taskRun: ids(dataset.taskRun),
	trial: dataset.trial.length,
	event: ids(dataset.event),
	score: ids(dataset.score)
});

describe('filterDataset', () => {
	it('keeps everything for an empty filter, and always the study and the norm sets', () => {
		const dataset = smallStudy();
		expect(filterDataset(dataset, {})).toEqual(dataset);
		const none = filterDataset(dataset, { participantIds: ['nobody'] });
		expect(none.study).toEqual(dataset.study);
		expect(none.normSet).toEqual(dataset.normSet);
		expect(kept(none)).toEqual({ participant: [], visit: [], session: [], taskRun: [], trial: 0, event: [], score: [] });
	});

	it('keeps the participants of the arms asked for and everything under them', () => {
		expect(kept(filterDataset(smallStudy(), { armIds: ['arm-hc'] }))).toEqual({
			participant: ['p2'],
			visit: ['v-p2-base', 'v-p2-m3'],
			session: ['s-paper'],
			taskRun: ['r-paper'],
			trial: 0,
			event: [],
			score: ['sc-paper']
		});
	});

	it('combines site and study visit: Jakarta Timur at baseline', () => {
		const dataset = smallStudy();
		const cut = filterDataset(dataset, { sites: ['Jakarta Timur'], studyVisitIds: ['sv-base'] });
		expect(kept(cut)).toMatchObject({
			participant: ['p1'],
			visit: ['v-p1-base'],
			session: ['s-stroop-base', 's-phes-base'],
			taskRun: ['r-stroop-base', 'r-ncta', 'r-nctb', 'r-dst', 'r-sdt', 'r-ltt', 'r-phes-digital'],
			event: ['e-ncta-samples', 'e-ncta-done', 'e-nctb-samples', 'e-ltt-samples'],
			score: ['sc-stroop-old', 'sc-stroop-base', 'sc-phes-base']
		});
		const runs = new Set(ids(cut.taskRun));
		expect(cut.trial).toEqual(dataset.trial.filter((t) => runs.has(t.taskRunId)));
		expect(cut.trial.length).toBeGreaterThan(0);
	});

	it('keeps visits held within the dates, both ends included, and leaves out visits not yet held', () => {
		expect(ids(filterDataset(smallStudy(), { fromDate: '2026-11-19' }).visit)).toEqual(['v-p2-base']);
		expect(ids(filterDataset(smallStudy(), { toDate: '2026-11-02' }).visit)).toEqual(['v-p1-base']);
		expect(ids(filterDataset(smallStudy(), { fromDate: '2026-11-03', toDate: '2026-11-18' }).visit)).toEqual([]);
		expect(filterDataset(smallStudy(), { fromDate: null, toDate: null }).visit).toHaveLength(4);
	});
});
