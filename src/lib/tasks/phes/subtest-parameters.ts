// A subtest's parameters as its adapter uses them: every declared parameter present (a stored run
// from before a parameter existed gets its default), each checked against its declaration, so an
// adapter never runs with a value its declaration does not allow.
import type { ParameterSpec, TaskDefinition } from '../task-definition';

export type SubtestParameterValues = Readonly<Record<string, string | number | boolean>>;

function checked(spec: ParameterSpec, value: string | number | boolean): string | number | boolean {
	if (typeof value !== typeof spec.default) throw new RangeError(`Parameter ${spec.name} must be a ${typeof spec.default}, got ${JSON.stringify(value)}`);
	if (spec.options !== undefined && !spec.options.includes(value)) throw new RangeError(`Parameter ${spec.name} must be one of ${spec.options.join(', ')}, got ${value}`);
	if (typeof value === 'number' && !((spec.min ?? -Infinity) <= value && value <= (spec.max ?? Infinity))) {
		throw new RangeError(`Parameter ${spec.name} must be in ${spec.min ?? '−∞'}…${spec.max ?? '∞'}, got ${value}`);
	}
	return value;
}

/**
 * The declared parameters of `definition`, each from `given` or else its default, checked; values
 * not declared (e.g. the stored sheet mapping) are left out.
 * @example lttDefinition with { min_coverage_percent: 90, sheet_scale: 1.3 } → every LTT parameter, coverage 90
 */
export function subtestParameters(definition: TaskDefinition, given: Readonly<Record<string, string | number | boolean>> = {}): SubtestParameterValues {
	return Object.fromEntries(definition.parameters.map((spec) => [spec.name, checked(spec, given[spec.name] ?? spec.default)]));
}

/** A numeric parameter's value (after `subtestParameters`). */
export function numberParameter(values: SubtestParameterValues, name: string): number {
	const value = values[name];
	if (typeof value !== 'number') throw new RangeError(`Parameter ${name} is not a number`);
	return value;
}
