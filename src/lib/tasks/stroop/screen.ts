// What the participant sees during a Stroop administration, one screen at a time, and what the
// view may tell the thing that runs the test. The runner is in the session layer; the view knows only this.
import type { StampedResponse } from '../../timing/response';
import type { StroopColour } from './colours';
import type { StroopState, StroopStimulus } from './sequence';

export type StroopScreen =
	/** `explainsState`: the state's instructions come first (its practice, or its scored runs when there is no practice). */
	| { kind: 'instructions'; stageIndex: number; explainsState: boolean }
	/** Practice gave no correct run: the participant waits while the examiner decides. */
	| { kind: 'practice_decision'; state: StroopState }
	| { kind: 'ready' }
	| { kind: 'stimulus'; stimulus: StroopStimulus; timingId: string }
	| { kind: 'wrong' }
	| { kind: 'paused' }
	| { kind: 'finished' }
	| { kind: 'failed'; message: string };

/** The participant's input, forwarded as it comes: timing and storage happen behind it. */
export interface StroopInput {
	/** The participant pressed Start on an instruction screen. */
	startStage(): void;
	/** An event-stamped answer. */
	respond(response: StampedResponse<StroopColour>): void;
}
