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
	/** The ink of the stimulus shown just before this run (previous run or state); its first ink differs. */
	previousInk?: StroopColour | null;
}

function pickOther(rng: Rng, excluded: StroopColour): StroopColour {
	const others = stroopResponseOrder.filter((colour) => colour !== excluded);
	return others[randomInt(rng, others.length)] ?? others[0]!;
}

/**
 * The ink never repeats, within a run nor from the stimulus before the run; On-state words are
 * never congruent with their ink. The language is not part of the sub-seed, so both languages see
 * the same colours.
 */
export function runSequence(args: RunSequenceArgs): StroopStimulus[] {
	const { seed, language, state, phase, runNumber, length, previousInk: inkBefore = null } = args;
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
	if (inkBefore !== null && stimuli[0]!.ink === inkBefore) stimuli[0] = recoloured(rng, stimuli[0]!, [inkBefore, stimuli[1]?.ink], words);
	return stimuli;
}

/**
 * The first stimulus given another ink, one that repeats neither the ink before the run nor the
 * next one; only a run that would have repeated changes, so every other run is as it always was.
 */
function recoloured(rng: Rng, first: StroopStimulus, avoid: (StroopColour | undefined)[], words: Readonly<Record<StroopColour, string>>): StroopStimulus {
	const allowed = stroopResponseOrder.filter((colour) => !avoid.includes(colour));
	const ink = allowed[randomInt(rng, allowed.length)] ?? allowed[0]!;
	if (first.wordColour === null) return { ...first, ink };
	const wordColour = first.wordColour === ink ? pickOther(rng, ink) : first.wordColour;
	return { ...first, ink, wordColour, word: words[wordColour] };
}
