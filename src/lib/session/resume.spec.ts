// Resuming goes the same way for both tasks: through participant mode, with the device check, the
// full-screen and wake-lock outcomes and the page's new time origin stored with the resume event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParticipantRecord, StudyRecord, VisitRecord } from '../model/records';
import { openHepcogDb, type HepcogDb } from '../storage/db';
import { createParticipant } from '../storage/repos/participant-repo';
import { getSession, listTaskRuns } from '../storage/repos/session-repo';
import { ensureStudy, saveStudy } from '../storage/repos/study-repo';
import { listEvents } from '../storage/repos/trial-repo';
import { listVisits } from '../storage/repos/visit-repo';
import { nctaSpec } from '../tasks/phes/nct/adapter';
import { nctFormLayout, nctForms } from '../tasks/phes/nct/forms';
import { simulateNct } from '../tasks/phes/nct/simulate';
import { ParticipantMode } from './participant-mode';
import type { ParticipantModeGuards } from './participant-mode-guards';
import { loadPhesSetup } from './phes/examiner-setup';
import { openPhesBattery } from './phes/open-battery';
import type { PhesRunner } from './phes/runner';
import type { DeviceCheck } from './provenance';
import { markInterruptedSessions } from './stale-sessions';
import { loadStroopSetup } from './stroop/examiner-setup';
import { openStroopRun } from './stroop/open-run';
import type { StroopRunner } from './stroop/runner';
import { startStroopSession } from './stroop/start';
import { testParticipant } from '../model/fixtures/participant';

let db: HepcogDb;
let study: StudyRecord;
let participant: ParticipantRecord;
let visits: VisitRecord[];

const device: DeviceCheck = { frameIntervalMs: 16.7, refreshRateHz: 60, crossOriginIsolated: true, onsetMethod: 'element-timing', forcedColors: false };
const noPageRuns = async () => new Set<string>();

const guards: ParticipantModeGuards = {
	enterFullscreen: async () => 'denied',
	exitFullscreen: async () => undefined,
	acquireWakeLock: async () => ({ outcome: 'unsupported', release: () => undefined }),
	holdSessionLock: async () => () => undefined,
	watchInterruptions: () => () => undefined,
	guardUnload: () => () => undefined,
	lockExaminerPages: () => () => undefined
};

beforeEach(async () => {
	db = await openHepcogDb({}, 'resume');
	study = await ensureStudy(db);
	({ participant, visits } = await createParticipant(db, study, testParticipant(study.arms[0]!.id)));
	// What a new session's provenance reads from the browser.
	vi.stubGlobal('navigator', { userAgent: 'test', language: 'id-ID' });
	vi.stubGlobal('screen', { width: 1280, height: 800 });
	vi.stubGlobal('innerWidth', 1280);
	vi.stubGlobal('innerHeight', 800);
	vi.stubGlobal('devicePixelRatio', 1);
	// The Stroop runner's frame log; no frame is ever drawn here.
	vi.stubGlobal('requestAnimationFrame', () => 1);
	vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
	vi.unstubAllGlobals();
	db.close();
});

describe('a resumed Stroop session', () => {
	it('records the device check, full-screen and wake-lock outcomes and the new time origin', async () => {
		const { session } = await startStroopSession(db, { participant, visitId: visits[0]!.id, examiner: 'A', modality: 'pointer', provenance: {} });
		await markInterruptedSessions(db, new Set());
		const setup = await loadStroopSetup(db, { sessionId: session.id, visitId: null }, noPageRuns);
		if ('problem' in setup) throw new Error(setup.problem);
		expect(setup.resume?.session.id).toBe(session.id);

		const mode = new ParticipantMode<StroopRunner>({ guards });
		const choice = { examiner: '', modality: 'pointer' as const, colourVisionOverride: false };
		const opened = await mode.start((outcomes) => openStroopRun(db, { setup, choice, device, guards: outcomes, timeStampMs: 1234, onScreen: () => undefined }));
		mode.dispose();

		expect(opened).toMatchObject({ ok: true, sessionId: session.id, keyboard: false });
		const resumed = (await listEvents(db, session.id)).find((e) => e.type === 'resumed')!;
		expect(resumed.timeStampMs).toBe(1234);
		expect(resumed.detail).toEqual({ answeredTrials: 0, ...device, fullscreen: 'denied', wakeLock: 'unsupported', performanceTimeOrigin: performance.timeOrigin });
		expect((await getSession(db, session.id))?.status).toBe('in_progress');
	});
});

describe('a Stroop session started with an earlier version of the test', () => {
	it('is not resumed, with a message, and stays interrupted', async () => {
		const { session } = await startStroopSession(db, { participant, visitId: visits[0]!.id, examiner: 'A', modality: 'pointer', provenance: {} });
		await db.put('session', { ...session, provenance: { ...session.provenance, taskVersion: 1 } });
		await markInterruptedSessions(db, new Set());
		const setup = await loadStroopSetup(db, { sessionId: session.id, visitId: null }, noPageRuns);
		if ('problem' in setup) throw new Error(setup.problem);

		const mode = new ParticipantMode<StroopRunner>({ guards });
		const choice = { examiner: '', modality: 'pointer' as const, colourVisionOverride: false };
		const opened = await mode.start((outcomes) => openStroopRun(db, { setup, choice, device, guards: outcomes, timeStampMs: 1234, onScreen: () => undefined }));
		mode.dispose();

		expect(opened).toMatchObject({ ok: false });
		expect(JSON.stringify(opened)).toContain('started with version 1 of the Stroop test');
		expect((await getSession(db, session.id))?.status).toBe('interrupted');
		expect((await listEvents(db, session.id)).some((e) => e.type === 'resumed')).toBe(false);
	});
});

describe('a digital PHES session', () => {
	const choice = { examiner: 'A', subtests: [nctaSpec], dstTimeLimitS: 120 };

	async function open(ids: { sessionId: string | null; visitId: string | null }) {
		const setup = await loadPhesSetup(db, ids, noPageRuns);
		if ('problem' in setup) throw new Error(setup.problem);
		const mode = new ParticipantMode<PhesRunner>({ guards });
		const opened = await mode.start((outcomes) =>
			openPhesBattery(db, { setup, choice, device, guards: outcomes, timeStampMs: 4321, onScreen: () => undefined, sheetParameters: () => ({ sheet_scale: 1 }) })
		);
		if (!opened.ok) throw new Error(opened.problem);
		return opened;
	}

	it('takes its visit’s place in the rotation when new, and keeps it on resume after the plan gained a visit', async () => {
		const month3 = visits.find((v) => v.name === 'Month 3')!;
		const started = await open({ sessionId: null, visitId: month3.id });
		expect(started.formIndex).toBe(1);
		expect((await getSession(db, started.sessionId))?.provenance).toMatchObject({ formRotationIndex: 1, dstTimeLimitS: 120, fullscreen: 'denied', wakeLock: 'unsupported' });
		await markInterruptedSessions(db, new Set());

		// A visit at one month now comes before month 3 in the participant's visits.
		await saveStudy(db, study, { ...study, visits: [...study.visits, { id: 'month-1', name: 'Month 1', targetDay: 30 }] });
		expect((await listVisits(db, participant.id)).findIndex((v) => v.id === month3.id)).toBe(2);

		const resumed = await open({ sessionId: started.sessionId, visitId: null });
		expect(resumed.formIndex).toBe(1);
		// The forms given are those of index 1: the practice item, then the test.
		const runner = resumed.runner;
		await runner.start();
		runner.input({ kind: 'samples', samples: simulateNct(nctFormLayout(nctForms.nctaPractice[1]!).circles, { speedUnitsPerS: 900 }) });
		expect(runner.screen).toEqual({ kind: 'instructions', subtest: 'ncta', practice: false });
		await runner.start(); // resolves once the test's task run is stored
		expect((await listTaskRuns(db, started.sessionId)).map((r) => r.formId)).toEqual([nctForms.ncta[1]!.formId]);
	});

	it('records the device check, full-screen and wake-lock outcomes and the new time origin on resume', async () => {
		const started = await open({ sessionId: null, visitId: visits[0]!.id });
		await markInterruptedSessions(db, new Set());
		await open({ sessionId: started.sessionId, visitId: null });
		const resumed = (await listEvents(db, started.sessionId)).find((e) => e.type === 'resumed')!;
		expect(resumed.timeStampMs).toBe(4321);
		expect(resumed.detail).toEqual({ ...device, fullscreen: 'denied', wakeLock: 'unsupported', performanceTimeOrigin: performance.timeOrigin });
	});
});
