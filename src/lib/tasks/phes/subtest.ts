// What the PHES battery runner needs from each subtest: feed it the participant's input, get back
// the rows to store as they happen, know when it is finished, and its summary. Each subtest's
// protocol stays a pure state machine; its adapter only translates.
import type { CellValue } from '../../model/records';
import type { TaskDefinition } from '../task-definition';
import type { PointerSample } from '../../model/pointer-sample';

export type PhesSubtestId = 'ncta' | 'nctb' | 'dst' | 'sdt' | 'ltt';

export type SubtestInput =
	| { kind: 'samples'; samples: readonly PointerSample[] }
	/** DST: a symbol chosen, stamped with its pointer or key event. */
	| { kind: 'choice'; choiceId: string; tMs: number }
	/** DST: the moment the first item was presented (paint), which starts its time limit. */
	| { kind: 'onset'; tMs: number }
	/** DST: the time limit was reached at this page time. */
	| { kind: 'deadline'; tMs: number };

export interface SubtestStep {
	/** New rows of the task's declared trial columns, to be stored now. */
	rows: Record<string, CellValue>[];
	finished: boolean;
}

export interface SubtestAdapter {
	feed(input: SubtestInput): SubtestStep;
	/** What the view draws: the subtest's own plain state object. */
	readonly view: unknown;
	summary(): Record<string, CellValue>;
	/** DST only: the time limit in ms after the first onset. */
	readonly timeLimitMs?: number;
}

export interface SubtestForm {
	formId: string;
	seed: number;
}

export interface SubtestSpec {
	id: PhesSubtestId;
	definition: TaskDefinition;
	/** Alternate forms in rotation order (visit i takes form i mod count). */
	forms: readonly SubtestForm[];
	/**
	 * The practice item (never stored as results), built from the same parameters as the test
	 * (their declared defaults when none are given).
	 */
	practice(formIndex: number, parameters?: Readonly<Record<string, string | number | boolean>>): SubtestAdapter;
	/** The test, built from its parameters: each declared one checked, a missing one at its default. */
	test(form: SubtestForm, parameters: Readonly<Record<string, string | number | boolean>>): SubtestAdapter;
}
