// Starts or resumes a digital PHES session and builds its runner: the one place that decides
// which and which forms it gives (the runner gathers and scores the six values as it completes).
import type { HepcogDb } from '../../storage/db';
import type { PhesScreen } from '../../tasks/phes/screen';
import type { SubtestSpec } from '../../tasks/phes/subtest';
import type { OpenedSession } from '../participant-mode';
import { resumedDevice, sessionProvenance, type DeviceCheck } from '../provenance';
import type { GuardOutcomes } from '../screen-guards';
import type { PhesSetup } from './examiner-setup';
import { phesFormRotationIndex } from './form-rotation';
import { PhesRunner } from './runner';
import { sheetParameters } from './sheet-parameters';
import { resumePhesSession, startPhesSession } from './start';

/** The examiner's choices on the start form (ignored on a resume: the session keeps its own). */
export interface PhesChoice {
	examiner: string;
	subtests: SubtestSpec[];
	dstTimeLimitS: number;
}

export interface OpenedPhesBattery extends OpenedSession<PhesRunner> {
	/** The forms' place in the rotation. */
	formIndex: number;
}

export async function openPhesBattery(
	db: HepcogDb,
	args: {
		setup: PhesSetup;
		choice: PhesChoice;
		device: DeviceCheck;
		guards: GuardOutcomes;
		/** The examiner's click, which the resume event is stamped with. */
		timeStampMs: number;
		onScreen: (screen: PhesScreen) => void;
		/** The sheet's mapping to the screen (measured in the browser unless given). */
		sheetParameters?: () => Record<string, number>;
	}
): Promise<OpenedPhesBattery> {
	const { participant, visit, resume } = args.setup;
	const formIndex = await phesFormRotationIndex(db, { participantId: participant.id, visitId: visit.id, resumed: resume });
	const started = resume
		? await resumePhesSession(db, resume, args.timeStampMs, resumedDevice(args.device, args.guards))
		: await startPhesSession(db, {
				participantId: participant.id,
				visitId: visit.id,
				examiner: args.choice.examiner,
				subtests: args.choice.subtests,
				provenance: sessionProvenance(args.device, {
					fullscreen: args.guards.fullscreen,
					wakeLock: args.guards.wakeLock,
					testLanguage: participant.testLanguage,
					formRotationIndex: formIndex,
					dstTimeLimitS: args.choice.dstTimeLimitS
				})
			});
	const sessionId = started.session.id;
	// The DST limit chosen at the start is kept in the session, so a resumed battery uses it too.
	const dstLimitS = Number(started.session.provenance.dstTimeLimitS ?? 90);
	const runner = new PhesRunner({
		db,
		sessionId,
		subtests: started.subtests,
		formIndex,
		startAt: started.startAt,
		sheetParameters: args.sheetParameters ?? sheetParameters,
		parameterChoices: { dst: { time_limit_s: dstLimitS } },
		onScreen: args.onScreen
	});
	return { sessionId, runner, formIndex };
}
