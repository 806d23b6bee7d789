// Every declared parameter of every digital PHES subtest drives behaviour: built with another
// allowed value, the test or the practice item behaves differently for the same input. A
// parameter that is stored with every run but read by nothing fails here.
import { describe, it, expect } from 'vitest';
import type { PointerSample } from '../../model/pointer-sample';
import type { ParameterSpec } from '../task-definition';
import { defaultParameters } from '../task-definition';
import { phesBattery } from './battery';
import { glyphForDigit } from './dst/forms';
import type { DstView } from './dst/adapter';
import type { LttView } from './ltt/adapter';
import { lttFormById } from './ltt/forms';
import { simulateLtt } from './ltt/simulate';
import type { NctState } from './nct/protocol';
import { simulateNct } from './nct/simulate';
import type { SdtState } from './sdt/protocol';
import { simulateSdt } from './sdt/simulate';
import type { PhesSubtestId, SubtestAdapter, SubtestInput, SubtestSpec } from './subtest';

/** The other allowed values of a parameter: its bounds, its other options, the other boolean. */
function otherValues(spec: ParameterSpec): (string | number | boolean)[] {
	const values = typeof spec.default === 'boolean' ? [!spec.default] : [...(spec.options ?? []), ...(spec.min === undefined ? [] : [spec.min]), ...(spec.max === undefined ? [] : [spec.max])];
	return values.filter((v) => v !== spec.default);
}

const samples = (list: readonly PointerSample[]): SubtestInput[] => list.map((s) => ({ kind: 'samples', samples: [s] }));

/**
 * One participant per subtest who meets every rule: a detour (NCT), a miss and a double tap (SDT),
 * a shaky stretch along the edge, an excursion and a lift put down again 30 units on (LTT), a wrong
 * symbol (DST). Built from the default forms, so a changed parameter meets the same input.
 */
function probe(spec: SubtestSpec, adapter: SubtestAdapter): SubtestInput[] {
	const id = spec.id as PhesSubtestId;
	if (id === 'ncta' || id === 'nctb') {
		const { circles } = adapter.view as NctState;
		return samples(simulateNct(circles, { speedUnitsPerS: 120, detours: circles.length > 4 ? [{ afterIndex: 1 }] : [] }));
	}
	if (id === 'sdt') {
		const { circles } = adapter.view as SdtState;
		return samples(simulateSdt(circles, { intervalMs: 250, misses: [2], doubleTaps: [4] }));
	}
	if (id === 'ltt') {
		const { form } = adapter.view as LttView;
		const shaky = (s: number, k: number) => (s > 500 && s < 600 ? (k % 2 === 0 ? 14 : 10.5) : 0);
		const { samples: trace } = simulateLtt(lttFormById(form.id), { speedUnitsPerS: 100, sampleIntervalMs: 10, lateralUnits: shaky, excursions: [{ atUnits: 250, depthUnits: 5, outsideMs: 300 }] });
		// Lifted at 1000 units along, put down again 30 units further on.
		const liftAt = trace.findIndex((s) => s.tMs >= 10_000);
		const lifted = [...trace.slice(0, liftAt), { ...trace[liftAt]!, phase: 'up' as const }, { ...trace[liftAt + 30]!, phase: 'down' as const }, ...trace.slice(liftAt + 31)];
		return samples(lifted);
	}
	// The DST adapter here has had its onset: its digits are the ones it will show.
	const { form, state } = adapter.view as DstView;
	const inputs: SubtestInput[] = [{ kind: 'onset', tMs: 0 }];
	state!.digits.slice(0, 12).forEach((digit, i) => {
		const right = glyphForDigit(form, digit);
		inputs.push({ kind: 'choice', choiceId: i === 3 ? form.key.find((g) => g !== right)! : right, tMs: 700 * (i + 1) });
	});
	inputs.push({ kind: 'deadline', tMs: 95_000 });
	return inputs;
}

/** What the participant and the stored data see: the rows, the summary, the shapes, the time limit. */
function behaviour(adapter: SubtestAdapter, inputs: readonly SubtestInput[]): string {
	const rows: unknown[] = [];
	let finished = false;
	for (const input of inputs) {
		const step = adapter.feed(input);
		rows.push(...step.rows);
		finished = step.finished;
		if (finished) break;
	}
	let summary: unknown = null;
	try {
		summary = adapter.summary();
	} catch {
		// DST practice has no summary.
	}
	const view = adapter.view as Partial<NctState & SdtState & DstView>;
	const shapes = view.circles ?? view.state?.digits ?? null;
	return JSON.stringify({ rows, finished, summary, shapes, timeLimitMs: adapter.timeLimitMs });
}

/** The DST is fed its digits as it shows them: the probe is built from a first, unfed adapter. */
function run(spec: SubtestSpec, build: () => SubtestAdapter): string {
	const first = build();
	if (spec.id === 'dst') first.feed({ kind: 'onset', tMs: 0 });
	return behaviour(build(), probe(spec, first));
}

describe('declared parameters of the digital PHES subtests', () => {
	for (const spec of phesBattery) {
		for (const parameter of spec.definition.parameters) {
			it(`${spec.id}.${parameter.name} changes what the subtest does`, () => {
				const defaults = defaultParameters(spec.definition);
				const form = spec.forms[0]!;
				const baseline = [run(spec, () => spec.test(form, defaults)), run(spec, () => spec.practice(0, defaults))];
				const changed = otherValues(parameter).some((value) => {
					const parameters = { ...defaults, [parameter.name]: value };
					return run(spec, () => spec.test(form, parameters)) !== baseline[0] || run(spec, () => spec.practice(0, parameters)) !== baseline[1];
				});
				expect(otherValues(parameter).length).toBeGreaterThan(0);
				expect(changed).toBe(true);
			});
		}
	}

	it('refuses a value its declaration does not allow, and fills a missing one with its default', () => {
		const [ncta, , dst] = phesBattery;
		expect(() => ncta!.test(ncta!.forms[0]!, { input_mode: 'wave' })).toThrow(RangeError);
		expect(() => dst!.test(dst!.forms[0]!, { time_limit_s: 60 })).toThrow(RangeError);
		expect(dst!.test(dst!.forms[0]!, {}).timeLimitMs).toBe(90_000);
	});
});
