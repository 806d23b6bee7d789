import type { CellValue } from '../../model/records';
import type { PointerSample } from '../../model/pointer-sample';
import type { SubtestAdapter } from './subtest';

/** A drawing subtest's pure protocol, as the battery runner needs to see it. */
export interface SampleProtocol<S> {
	start: S;
	feed(state: S, samples: readonly PointerSample[]): S;
	/** Every row so far; rows already handed out are not handed out again. */
	rows(state: S): Record<string, CellValue>[];
	finished(state: S): boolean;
	summary(state: S): Record<string, CellValue>;
}

/** Pointer samples in, the new rows out, for any drawing subtest (NCT, SDT, LTT). */
export function sampleAdapter<S>(protocol: SampleProtocol<S>): SubtestAdapter & { view: S } {
	let state = protocol.start;
	let stored = 0;
	return {
		get view() {
			return state;
		},
		feed(input) {
			if (input.kind === 'samples') state = protocol.feed(state, input.samples);
			const rows = protocol.rows(state).slice(stored);
			stored += rows.length;
			return { rows, finished: protocol.finished(state) };
		},
		summary: () => protocol.summary(state)
	};
}
