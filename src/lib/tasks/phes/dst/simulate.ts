// A synthetic DST participant for tests and benchmarks. No clock: response times are made up from
// the given per-item response times, and chosen items are answered wrongly on purpose.
import { respond, currentDigit, type DstResponse, type DstState } from './protocol';
import type { DstGlyphId } from './glyphs';

export interface DstSimulationOptions {
	/** Time from the previous response (or from the onset, for item 0) to the response to `index`. */
	rtMs: number | ((index: number) => number);
	/** Items (0-based) answered with a wrong glyph on purpose. */
	wrongAt?: readonly number[];
}

export interface DstSimulation {
	state: DstState;
	/** Every response made, including the one the time limit refused. */
	responses: DstResponse[];
}

/** A deterministic wrong answer: the glyph the key pairs with the next digit (9 wraps to 1). */
export function wrongGlyph(state: DstState, digit: number): DstGlyphId {
	return state.key[digit % 9]!;
}

/** Answers from `start` until the protocol ends (time limit or end of the sequence). */
export function simulateDst(start: DstState, options: DstSimulationOptions): DstSimulation {
	const { rtMs } = options;
	const rtOf = typeof rtMs === 'number' ? () => rtMs : rtMs;
	const wrongAt = new Set(options.wrongAt ?? []);
	const responses: DstResponse[] = [];
	let state = start;
	let clockMs = start.startMs;
	for (let digit = currentDigit(state); digit !== null; digit = currentDigit(state)) {
		const index = state.items.length;
		const rt = rtOf(index);
		if (!(rt > 0)) throw new RangeError(`Simulated response times must be positive, got ${rt}`);
		clockMs += rt;
		const glyphId = wrongAt.has(index) ? wrongGlyph(state, digit) : state.key[digit - 1]!;
		const response = { glyphId, tMs: clockMs };
		responses.push(response);
		state = respond(state, response).state;
	}
	return { state, responses };
}
