import { describe, it, expect } from 'vitest';
import { isStroopColour, stroopColourHex, stroopResponseOrder } from './colours';

describe('Stroop colours', () => {
	it('keeps the response targets in the fixed order red, green, blue', () => {
		expect(stroopResponseOrder).toEqual(['red', 'green', 'blue']);
	});

	it('gives each colour a distinct 6-digit sRGB hex value', () => {
		const values = stroopResponseOrder.map((colour) => stroopColourHex[colour]);
		for (const value of values) expect(value).toMatch(/^#[0-9A-F]{6}$/);
		expect(new Set(values).size).toBe(3);
	});

	it('makes each ink dominant in its own channel', () => {
		const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
		stroopResponseOrder.forEach((colour, channel) => {
			const rgb = channels(stroopColourHex[colour]);
			expect(Math.max(...rgb)).toBe(rgb[channel]);
		});
	});

	it('recognises only the three colours', () => {
		expect(isStroopColour('green')).toBe(true);
		expect(isStroopColour('yellow')).toBe(false);
		expect(isStroopColour(null)).toBe(false);
	});
});
