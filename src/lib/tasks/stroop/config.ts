// The settings one Stroop administration runs with, taken from the task's declared parameters.
import type { TestLanguage } from '../../model/records';
import { defaultParameters } from '../task-definition';
import { stroopDefinition } from './definition';
import { assertSeed } from '../shared/random';

export interface StroopProtocolConfig {
	language: TestLanguage;
	/** Unsigned 32-bit; stored with the task run so every sequence can be rebuilt. */
	seed: number;
	runLength: number;
	correctRunsPerState: number;
	practiceRunsPerState: number;
	/** Practice runs after which, with none of them correct, the examiner decides how to go on. */
	maxPracticeRunsPerState: number;
	maxRunsPerState: number;
}

function integerParameter(parameters: Readonly<Record<string, unknown>>, name: string): number {
	const value = parameters[name];
	if (typeof value !== 'number' || !Number.isInteger(value)) {
		throw new RangeError(`Stroop parameter ${name} must be an integer, got ${String(value)}`);
	}
	return value;
}

/** Builds the config from stored parameters; missing ones fall back to the declared defaults. */
export function stroopProtocolConfig(
	language: TestLanguage,
	seed: number,
	parameters: Readonly<Record<string, string | number | boolean>> = {}
): StroopProtocolConfig {
	const merged = { ...defaultParameters(stroopDefinition), ...parameters };
	const config: StroopProtocolConfig = {
		language,
		seed,
		runLength: integerParameter(merged, 'run_length'),
		correctRunsPerState: integerParameter(merged, 'correct_runs_per_state'),
		practiceRunsPerState: integerParameter(merged, 'practice_runs_per_state'),
		maxPracticeRunsPerState: integerParameter(merged, 'max_practice_runs_per_state'),
		maxRunsPerState: integerParameter(merged, 'max_runs_per_state')
	};
	validateStroopConfig(config);
	return config;
}

/** Throws when the config could not run to an end. */
export function validateStroopConfig(config: StroopProtocolConfig): void {
	assertSeed(config.seed);
	if (config.language !== 'en' && config.language !== 'id') {
		throw new RangeError(`Unknown test language ${String(config.language)}`);
	}
	const atLeast = (value: number, min: number, name: string) => {
		if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
	};
	atLeast(config.runLength, 1, 'runLength');
	atLeast(config.correctRunsPerState, 1, 'correctRunsPerState');
	atLeast(config.practiceRunsPerState, 0, 'practiceRunsPerState');
	atLeast(config.maxPracticeRunsPerState, Math.max(1, config.practiceRunsPerState), 'maxPracticeRunsPerState');
	atLeast(config.maxRunsPerState, config.correctRunsPerState, 'maxRunsPerState');
}
