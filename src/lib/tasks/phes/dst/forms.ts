// Alternate forms of the digit symbol test (clinical-spec §2 "Repeated visits"): each form is a
// seeded key (which glyph goes with which digit), a seeded order of the nine response buttons and a
// seeded digit sequence. Forms are equally hard by construction: every key is a permutation of the
// same nine glyphs and every sequence uses each digit equally often.
import { deriveSeed, mulberry32, randomInt, type Rng } from '../../shared/random';
import { dstGlyphIds, type DstGlyphId } from './glyphs';

export const dstDigits = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type DstDigit = (typeof dstDigits)[number];

export interface DstForm {
	/** Stable id stored with every result, e.g. `dst-1`. */
	id: string;
	seed: number;
	/** `key[d − 1]` is the glyph paired with digit d; the key is shown in digit order 1…9. */
	key: readonly DstGlyphId[];
	/** Order of the nine response buttons; no glyph sits at its own key position. */
	choices: readonly DstGlyphId[];
	/** Test items in order; no digit twice in a row. */
	sequence: readonly DstDigit[];
}

/**
 * 28 blocks of the nine digits: enough for 120 s even at 2.1 responses per second, well beyond
 * anyone picking from nine symbols. The protocol still ends cleanly if the sequence runs out.
 */
export const dstSequenceLength = 252;
export const dstFormCount = 4;
/** 'DST1' in ASCII: the base seed all stored forms derive from; changing it changes every form. */
export const dstFormSeedBase = 0x44535431;

const maxAttempts = 10_000;

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** True when no position holds the same item in both arrays. */
export function sharesNoPosition<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.every((item, i) => item !== b[i]);
}

/**
 * Blocks of the nine digits, each block shuffled, so digit counts differ by at most one at any
 * length. A block whose first digit would repeat the previous one swaps it with a later position.
 * Example: `digitSequence(mulberry32(1), 10)` starts with all nine digits, then one more that
 * differs from the ninth.
 */
export function digitSequence(rng: Rng, length: number): DstDigit[] {
	if (!Number.isInteger(length) || length < 0) throw new RangeError(`Bad sequence length ${length}`);
	const digits: DstDigit[] = [];
	while (digits.length < length) {
		const block = shuffled(dstDigits, rng);
		if (block[0] === digits[digits.length - 1]) {
			const j = 1 + randomInt(rng, block.length - 1);
			[block[0], block[j]] = [block[j]!, block[0]!];
		}
		digits.push(...block);
	}
	return digits.slice(0, length);
}

/**
 * One form from its seed. `avoidKeys` are the keys of the other forms: the new key pairs no digit
 * with the glyph any of them pairs it with, so a key learnt at one visit does not help at the next.
 */
export function buildDstForm(id: string, seed: number, avoidKeys: ReadonlyArray<readonly DstGlyphId[]> = []): DstForm {
	let key: DstGlyphId[] | null = null;
	for (let attempt = 0; attempt < maxAttempts && key === null; attempt++) {
		const candidate = shuffled(dstGlyphIds, mulberry32(deriveSeed(seed, `dst/key/${attempt}`)));
		if (avoidKeys.every((other) => sharesNoPosition(candidate, other))) key = candidate;
	}
	if (key === null) throw new Error(`No DST key for ${id} avoids the other ${avoidKeys.length} keys`);
	const choiceRng = mulberry32(deriveSeed(seed, 'dst/choices'));
	let choices = shuffled(dstGlyphIds, choiceRng);
	// Otherwise the digit's position in the key would point at its button without reading the symbol.
	while (!sharesNoPosition(choices, key)) choices = shuffled(dstGlyphIds, choiceRng);
	const sequence = digitSequence(mulberry32(deriveSeed(seed, 'dst/sequence')), dstSequenceLength);
	return { id, seed, key, choices, sequence };
}

/** `count` forms `dst-1`…, each seeded from `baseSeed` and its id, keys mutually disjoint. */
export function buildDstForms(count: number, baseSeed: number): DstForm[] {
	if (!Number.isInteger(count) || count < 1 || count > 9) throw new RangeError(`1…9 DST forms, got ${count}`);
	const forms: DstForm[] = [];
	for (let n = 1; n <= count; n++) {
		const id = `dst-${n}`;
		forms.push(buildDstForm(id, deriveSeed(baseSeed, id), forms.map((form) => form.key)));
	}
	return forms;
}

/** The study forms, in rotation order. */
export const dstForms: readonly DstForm[] = buildDstForms(dstFormCount, dstFormSeedBase);

export function dstFormById(id: string): DstForm {
	const form = dstForms.find((candidate) => candidate.id === id);
	if (form === undefined) throw new RangeError(`Unknown DST form ${id}`);
	return form;
}

/**
 * Practice items for a form: its own key, a separate seeded sequence. The first nine items show
 * every digit once, so 10 practice items (the default) meet every pair of the key.
 */
export function dstPracticeDigits(form: DstForm, count: number): DstDigit[] {
	return digitSequence(mulberry32(deriveSeed(form.seed, 'dst/practice')), count);
}

export function glyphForDigit(form: DstForm, digit: DstDigit): DstGlyphId {
	const glyph = form.key[digit - 1];
	if (glyph === undefined) throw new RangeError(`DST form ${form.id} has no glyph for ${digit}`);
	return glyph;
}
