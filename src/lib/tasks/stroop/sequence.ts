// Deterministic stimulus sequence of one run (clinical-spec §1): the same arguments always give
// the same stimuli, so a stored seed reproduces every run, including restarted ones.
import type { TestLanguage } from '../../model/records';
import { stroopResponseOrder, type StroopColour } from './colours';
import { deriveSeed, mulberry32, randomInt, type Rng } from '../shared/random';
import { stroopOffWord, stroopWords } from './stimuli';

export type StroopState = 'off' | 'on';
export type StroopPhase = 'practice' | 'test';

export interface StroopStimulus {
	state: StroopState;
	phase: StroopPhase;
	/** Attempt number within state + phase, from 1 (aborted attempts use up a number too). */
	runNumber: number;
	/** 0-based position in the run. */
	index: number;
	word: string;
	/** The colour the word names; null in the Off state. */
	wordColour: StroopColour | null;
	/** The colour the stimulus is printed in: the correct response. */
	ink: StroopColour;
}

export interface RunSequenceArgs {
	seed: number;
	language: TestLanguage;
	state: StroopState;
	phase: StroopPhase;
	runNumber: number;
	length: number;
}

function pickOther(rng: Rng, excluded: StroopColour): StroopColour {
	const others = stroopResponseOrder.filter((colour) => colour !== excluded);
	return others[randomInt(rng, others.length)] ?? others[0]!;
}

/**
 * Within a run the ink never repeats; On-state words are never congruent with their ink.
 * The language is not part of the sub-seed, so both languages see the same colours.
 */
export function runSequence(args: RunSequenceArgs): StroopStimulus[] {
	const { seed, language, state, phase, runNumber, length } = args;
	if (!Number.isInteger(runNumber) || runNumber < 1) throw new RangeError(`Bad runNumber ${runNumber}`);
	if (!Number.isInteger(length) || length < 1) throw new RangeError(`Bad run length ${length}`);
	const rng = mulberry32(deriveSeed(seed, `stroop/${state}/${phase}/${runNumber}`));
	const words = stroopWords[language];
	const stimuli: StroopStimulus[] = [];
	let previousInk: StroopColour | null = null;
	for (let index = 0; index < length; index++) {
		const ink: StroopColour =
			previousInk === null
				? (stroopResponseOrder[randomInt(rng, stroopResponseOrder.length)] ?? 'red')
				: pickOther(rng, previousInk);
		const wordColour = state === 'on' ? pickOther(rng, ink) : null;
		const word = wordColour === null ? stroopOffWord : words[wordColour];
		stimuli.push({ state, phase, runNumber, index, word, wordColour, ink });
		previousInk = ink;
	}
	return stimuli;
}
