// Starting and resuming a Stroop session: the records a run needs, made or read from storage.
import type { HepcogDb } from '../../storage/db';
import type { ParticipantRecord, SessionRecord, TaskRunRecord } from '../../model/records';
import { changeSessionStatus, startSession } from '../../storage/repos/session-repo';
import { listTrials } from '../../storage/repos/trial-repo';
import { defaultParameters } from '../../tasks/task-definition';
import { stroopDefinition } from '../../tasks/stroop/definition';
import { startProtocol, stroopProtocolConfig, type StroopProgress, type StroopProtocolConfig } from '../../tasks/stroop/protocol';
import { stroopStimulusSetVersion } from '../../tasks/stroop/stimuli';
import { resumeProgress } from '../../tasks/stroop/stored-trials';

export type ResponseModality = 'pointer' | 'keyboard';

export interface StroopStart {
	session: SessionRecord;
	taskRun: TaskRunRecord;
	config: StroopProtocolConfig;
	progress: StroopProgress;
	nextSeq: number;
}

/** A fresh random seed (unsigned 32-bit), stored so the sequences can be rebuilt. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

export async function startStroopSession(
	db: HepcogDb,
	args: {
		participant: ParticipantRecord;
		visitId: string;
		examiner: string;
		modality: ResponseModality;
		provenance: SessionRecord['provenance'];
		seed?: number;
	}
): Promise<StroopStart> {
	const seed = args.seed ?? newSeed();
	const parameters = { ...defaultParameters(stroopDefinition), response_modality: args.modality };
	const config = stroopProtocolConfig(args.participant.testLanguage, seed, parameters);
	const { session, taskRun } = await startSession(
		db,
		{
			visitId: args.visitId,
			participantId: args.participant.id,
			battery: 'stroop',
			examiner: args.examiner,
			provenance: { ...args.provenance, testLanguage: config.language, stimulusSet: stroopStimulusSetVersion, taskVersion: stroopDefinition.version }
		},
		{ task: stroopDefinition.id, administration: 'digital', formId: 'seeded', seed, parameters }
	);
	return { session, taskRun, config, progress: startProtocol(config), nextSeq: 0 };
}

/** Reopens an interrupted session at the start of the run that was interrupted. */
export async function resumeStroopSession(
	db: HepcogDb,
	session: SessionRecord,
	taskRun: TaskRunRecord,
	language: ParticipantRecord['testLanguage'],
	resumed: { timeStampMs: number; device: Record<string, string | number | boolean | null> }
): Promise<StroopStart> {
	// Another version's rules would rebuild other stimuli and another practice: its answers stay, the session ends there.
	const startedWith = Number(session.provenance.taskVersion ?? 1);
	if (startedWith !== stroopDefinition.version) {
		throw new Error(
			`This session was started with version ${startedWith} of the Stroop test and cannot be resumed with version ${stroopDefinition.version}, whose stimuli and practice differ. ` +
				'Close it without resuming (its answers stay stored) and start a new session.'
		);
	}
	const config = stroopProtocolConfig(language, taskRun.seed, taskRun.parameters);
	const trials = await listTrials(db, taskRun.id);
	const progress = resumeProgress(config, trials);
	// The page was reloaded: the display is measured again and the new measurement kept with the event.
	const saved = await changeSessionStatus(db, session.id, taskRun.id, {
		session: 'in_progress',
		taskRun: 'in_progress',
		event: { type: 'resumed', timeStampMs: resumed.timeStampMs, detail: { answeredTrials: trials.length, ...resumed.device } }
	});
	const nextSeq = trials.length === 0 ? 0 : trials[trials.length - 1]!.seq + 1;
	return { session: saved, taskRun: { ...taskRun, status: 'in_progress' }, config, progress, nextSeq };
}
