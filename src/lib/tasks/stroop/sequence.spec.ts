import { describe, it, expect } from 'vitest';
import { runSequence, type RunSequenceArgs } from './sequence';

const base: RunSequenceArgs = { seed: 2024, language: 'en', state: 'on', phase: 'test', runNumber: 1, length: 10 };

describe('runSequence', () => {
	it('is deterministic per arguments', () => {
		expect(runSequence(base)).toEqual(runSequence({ ...base }));
	});

	it('differs between runs, states, phases and seeds', () => {
		const inks = (args: RunSequenceArgs) => runSequence(args).map((s) => s.ink).join();
		const reference = inks(base);
		// Over a handful of variants at least most must differ (a 10-stimulus clash is very unlikely).
		const variants = [
			{ ...base, runNumber: 2 },
			{ ...base, state: 'off' as const },
			{ ...base, phase: 'practice' as const },
			{ ...base, seed: 2025 }
		];
		for (const variant of variants) expect(inks(variant)).not.toBe(reference);
	});

	it('labels every stimulus with its place', () => {
		const run = runSequence({ ...base, runNumber: 3, length: 7 });
		expect(run).toHaveLength(7);
		expect(run.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		for (const s of run) expect([s.state, s.phase, s.runNumber]).toEqual(['on', 'test', 3]);
	});

	it('never repeats an ink and is never congruent, over many seeds', () => {
		let stimuliChecked = 0;
		for (let seed = 0; seed < 500; seed++) {
			for (const state of ['off', 'on'] as const) {
				const run = runSequence({ ...base, seed, state });
				run.forEach((s, i) => {
					if (i > 0) expect(s.ink).not.toBe(run[i - 1]!.ink);
					if (state === 'on') expect(s.wordColour).not.toBe(s.ink);
					stimuliChecked++;
				});
			}
		}
		expect(stimuliChecked).toBe(500 * 2 * 10);
	});

	it('uses every ink and every incongruent pair across seeds', () => {
		const pairs = new Set<string>();
		for (let seed = 0; seed < 50; seed++) {
			for (const s of runSequence({ ...base, seed })) pairs.add(`${s.wordColour}/${s.ink}`);
		}
		expect([...pairs].sort()).toEqual(
			['blue/green', 'blue/red', 'green/blue', 'green/red', 'red/blue', 'red/green'].sort()
		);
	});

	it('shows #### with no word colour in the Off state', () => {
		for (const s of runSequence({ ...base, state: 'off' })) {
			expect(s.word).toBe('####');
			expect(s.wordColour).toBeNull();
		}
	});

	it('writes the word in the test language, with the same colours in both languages', () => {
		const en = runSequence(base);
		const id = runSequence({ ...base, language: 'id' });
		const enWord = { red: 'RED', green: 'GREEN', blue: 'BLUE' } as const;
		const idWord = { red: 'MERAH', green: 'HIJAU', blue: 'BIRU' } as const;
		en.forEach((s, i) => {
			const other = id[i]!;
			expect(s.word).toBe(enWord[s.wordColour!]);
			expect(other.word).toBe(idWord[other.wordColour!]);
			expect([other.ink, other.wordColour]).toEqual([s.ink, s.wordColour]);
		});
	});

	it('rejects impossible run numbers and lengths', () => {
		expect(() => runSequence({ ...base, runNumber: 0 })).toThrow(RangeError);
		expect(() => runSequence({ ...base, length: 0 })).toThrow(RangeError);
	});
});
