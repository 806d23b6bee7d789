import { describe, it, expect } from 'vitest';
import { stroopResponseOrder } from './colours';
import { stroopOffWord, stroopResponseKeys, stroopStimulusSetVersion, stroopTexts, stroopWords } from './stimuli';

describe('Stroop stimulus set', () => {
	it('is versioned', () => {
		expect(stroopStimulusSetVersion).toBe('stroop-stimuli-1');
	});

	it('uses four hashes in the Off state', () => {
		expect(stroopOffWord).toBe('####');
	});

	it('has the colour words of both test languages', () => {
		expect(stroopWords.en).toEqual({ red: 'RED', green: 'GREEN', blue: 'BLUE' });
		expect(stroopWords.id).toEqual({ red: 'MERAH', green: 'HIJAU', blue: 'BIRU' });
	});

	it('fills every text in every language', () => {
		for (const texts of Object.values(stroopTexts)) {
			for (const [key, value] of Object.entries(texts)) {
				if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
				else expect(Object.keys(value).sort(), key).toEqual([...stroopResponseOrder].sort());
			}
		}
		expect(Object.keys(stroopTexts.id).sort()).toEqual(Object.keys(stroopTexts.en).sort());
	});

	it("gives the On-state example in the language's own words", () => {
		expect(stroopTexts.en.onInstructions).toContain(stroopWords.en.red);
		expect(stroopTexts.id.onInstructions).toContain(stroopWords.id.red);
		expect(stroopTexts.en.offInstructions).toContain(stroopOffWord);
		expect(stroopTexts.id.offInstructions).toContain(stroopOffWord);
	});

	it('maps each colour to its own key', () => {
		expect(new Set(Object.values(stroopResponseKeys)).size).toBe(3);
	});
});
