import { describe, it, expect } from 'vitest';
import { stroopProtocolConfig, validateStroopConfig } from './config';

describe('stroopProtocolConfig', () => {
	it('takes the declared defaults', () => {
		expect(stroopProtocolConfig('id', 77)).toEqual({
			language: 'id',
			seed: 77,
			runLength: 10,
			correctRunsPerState: 5,
			practiceRunsPerState: 2,
			maxPracticeRunsPerState: 5,
			maxRunsPerState: 20
		});
	});

	it('lets stored parameters override the defaults', () => {
		const config = stroopProtocolConfig('en', 1, { run_length: 4, practice_runs_per_state: 0 });
		expect([config.runLength, config.practiceRunsPerState, config.correctRunsPerState]).toEqual([4, 0, 5]);
	});

	it('rejects parameters the protocol cannot run with', () => {
		expect(() => stroopProtocolConfig('en', 1, { run_length: 'ten' })).toThrow(RangeError);
		expect(() => stroopProtocolConfig('en', 1, { run_length: 0 })).toThrow(RangeError);
		expect(() => stroopProtocolConfig('en', 1, { max_runs_per_state: 4 })).toThrow(/maxRunsPerState/);
		expect(() => stroopProtocolConfig('en', 1, { practice_runs_per_state: 3, max_practice_runs_per_state: 2 })).toThrow(/maxPracticeRunsPerState/);
		expect(() => stroopProtocolConfig('en', -3)).toThrow(RangeError);
	});

	it('validates hand-made configs too', () => {
		const config = stroopProtocolConfig('en', 1);
		expect(() => validateStroopConfig({ ...config, practiceRunsPerState: -1 })).toThrow(RangeError);
		expect(() => validateStroopConfig(config)).not.toThrow();
	});
});
