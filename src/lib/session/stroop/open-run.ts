// Starts or resumes a Stroop session and builds its runner: the one place that decides which,
// and that scores the run as soon as it is complete.
import type { HepcogDb } from '../../storage/db';
import type { StroopScreen } from '../../tasks/stroop/screen';
import type { OpenedSession } from '../participant-mode';
import { resumedDevice, sessionProvenance, type DeviceCheck } from '../provenance';
import type { GuardOutcomes } from '../screen-guards';
import { scoreTaskRun } from '../scoring/score-task-run';
import { StroopRunner } from './runner';
import { resumeStroopSession, startStroopSession, type ResponseModality } from './start';
import type { StroopSetup } from './examiner-setup';

/** The examiner's choices on the start form (ignored on a resume: the session keeps its own). */
export interface StroopChoice {
	examiner: string;
	modality: ResponseModality;
	colourVisionOverride: boolean;
}

export interface OpenedStroopRun extends OpenedSession<StroopRunner> {
	/** The participant answers with three keys rather than the on-screen targets. */
	keyboard: boolean;
}

export async function openStroopRun(
	db: HepcogDb,
	args: {
		setup: StroopSetup;
		choice: StroopChoice;
		device: DeviceCheck;
		guards: GuardOutcomes;
		/** The examiner's click, which the resume event is stamped with. */
		timeStampMs: number;
		onScreen: (screen: StroopScreen) => void;
	}
): Promise<OpenedStroopRun> {
	const { participant, visit, resume } = args.setup;
	const running = resume
		? await resumeStroopSession(db, resume.session, resume.taskRun, participant.testLanguage, {
				timeStampMs: args.timeStampMs,
				device: resumedDevice(args.device, args.guards)
			})
		: await startStroopSession(db, {
				participant,
				visitId: visit.id,
				examiner: args.choice.examiner,
				modality: args.choice.modality,
				provenance: sessionProvenance(args.device, {
					fullscreen: args.guards.fullscreen,
					wakeLock: args.guards.wakeLock,
					colourVisionResult: participant.colourVisionResult,
					colourVisionOverride: args.choice.colourVisionOverride
				})
			});
	const runner = new StroopRunner({
		db,
		sessionId: running.session.id,
		taskRunId: running.taskRun.id,
		config: running.config,
		anticipationMs: Number(running.taskRun.parameters.anticipation_ms),
		frameIntervalMs: args.device.frameIntervalMs,
		progress: running.progress,
		nextSeq: running.nextSeq,
		onScreen: args.onScreen,
		// Scored with the study's chosen Stroop norm set before the participant sees the end.
		onComplete: () => scoreTaskRun(db, running.taskRun.id)
	});
	return { sessionId: running.session.id, runner, keyboard: running.taskRun.parameters.response_modality === 'keyboard' };
}
