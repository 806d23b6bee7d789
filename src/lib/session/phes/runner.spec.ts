import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import { getSession, listTaskRuns, startSessionOnly } from '../../storage/repos/session-repo';
import { listEvents, listTrials } from '../../storage/repos/trial-repo';
import { nctaSpec } from '../../tasks/phes/nct/adapter';
import { nctFormLayout, nctForms } from '../../tasks/phes/nct/forms';
import { simulateNct } from '../../tasks/phes/nct/simulate';
import type { PhesScreen } from '../../tasks/phes/screen';
import { PhesRunner } from './runner';

let db: HepcogDb;
beforeEach(async () => (db = await openHepcogDb({}, 'phes-runner')));
afterEach(() => db.close());

/** Lets the runner's chained storage writes finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function runnerFor() {
	const session = await startSessionOnly(db, { visitId: 'v', participantId: 'p', battery: 'phes', examiner: 'A', provenance: {} });
	const screens: PhesScreen[] = [];
	const runner = new PhesRunner({ db, sessionId: session.id, subtests: [nctaSpec], formIndex: 0, startAt: 0, sheetParameters: () => ({ sheet_scale: 1 }), onScreen: (s) => screens.push(s) });
	runner.begin();
	return { runner, session, screens };
}

describe('the PHES battery runner', () => {
	it('stores a row per target as it happens, the samples, and the completed subtest; practice is not stored', async () => {
		const { runner, session, screens } = await runnerFor();
		await runner.start(); // practice
		runner.input({ kind: 'samples', samples: simulateNct(nctFormLayout(nctForms.nctaPractice[0]!).circles, { speedUnitsPerS: 900 }) });
		await settle();
		expect(await listTaskRuns(db, session.id)).toEqual([]);
		await runner.start(); // the test
		const samples = simulateNct(nctFormLayout(nctForms.ncta[0]!).circles, { speedUnitsPerS: 900, startMs: 5000, detours: [{ afterIndex: 4 }] });
		runner.input({ kind: 'samples', samples: samples.slice(0, 40) });
		runner.interrupted({ type: 'blur', timeStampMs: samples[40]!.tMs });
		runner.input({ kind: 'samples', samples: samples.slice(40) });
		await settle();

		const [run] = await listTaskRuns(db, session.id);
		expect(run).toMatchObject({ task: 'ncta', status: 'complete', formId: 'ncta-1', parameters: { sheet_scale: 1 } });
		expect(run!.summary).toMatchObject({ errors: 1, form_id: 'ncta-1' });
		const trials = await listTrials(db, run!.id);
		expect(trials).toHaveLength(25);
		const firstAfterBlur = trials.find((t) => Number(t.values.reached_ms) >= samples[40]!.tMs)!;
		expect(firstAfterBlur.flags).toEqual(['interrupted']);
		expect(trials.filter((t) => t.flags.length > 0)).toHaveLength(1);
		const events = await listEvents(db, session.id);
		expect(events.map((e) => e.type)).toContain('blur');
		const storedSamples = events.filter((e) => e.type === 'pointer_samples').reduce((n, e) => n + Number(e.detail.count), 0);
		expect(storedSamples).toBe(samples.length);
		expect((await getSession(db, session.id))?.status).toBe('complete');
		expect(screens.at(-1)).toEqual({ kind: 'finished' });
	});

	it('keeps a paused subtest as aborted data and gives it again from its start', async () => {
		const { runner, session } = await runnerFor();
		await runner.start();
		runner.input({ kind: 'samples', samples: simulateNct(nctFormLayout(nctForms.nctaPractice[0]!).circles, { speedUnitsPerS: 900 }) });
		await runner.start();
		const samples = simulateNct(nctFormLayout(nctForms.ncta[0]!).circles, { speedUnitsPerS: 900, startMs: 5000 });
		runner.input({ kind: 'samples', samples: samples.slice(0, 60) });
		await runner.pause('examiner', 9000);
		runner.continueAfterPause();
		expect(runner.screen).toEqual({ kind: 'instructions', subtest: 'ncta', practice: false });
		await runner.start();
		runner.input({ kind: 'samples', samples: samples.map((s) => ({ ...s, tMs: s.tMs + 10_000 })) });
		await settle();
		const runs = await listTaskRuns(db, session.id);
		expect(runs.map((r) => r.status).sort()).toEqual(['aborted', 'complete']);
		const aborted = runs.find((r) => r.status === 'aborted')!;
		expect((await listTrials(db, aborted.id)).length).toBeGreaterThan(0);
	});
});
