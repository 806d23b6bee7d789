import { describe, it, expect } from 'vitest';
import { dstGlyph, dstGlyphBoxUnits, dstGlyphIds, dstGlyphs, isDstGlyphId } from './glyphs';

interface PathCommand {
	letter: string;
	numbers: number[];
}

/** Splits SVG path data into commands; throws on anything but absolute M, L, A and Z. */
function parsePath(path: string): PathCommand[] {
	const tokens = path.trim().split(/[\s,]+/);
	const commands: PathCommand[] = [];
	for (const token of tokens) {
		if (/^[MLAZ]$/.test(token)) commands.push({ letter: token, numbers: [] });
		else if (/^-?\d+(\.\d+)?$/.test(token) && commands.length > 0) commands[commands.length - 1]!.numbers.push(Number(token));
		else throw new Error(`Unexpected token ${token} in ${path}`);
	}
	return commands;
}

const arity: Record<string, number> = { M: 2, L: 2, A: 7, Z: 0 };

describe('dstGlyphs', () => {
	it('has nine glyphs with unique ids and unique drawings', () => {
		expect(dstGlyphs).toHaveLength(9);
		expect(dstGlyphs.map((g) => g.id)).toEqual([...dstGlyphIds]);
		expect(new Set(dstGlyphs.map((g) => g.path)).size).toBe(9);
		expect(new Set(dstGlyphs.map((g) => g.description)).size).toBe(9);
	});

	it('draws only lines and arcs, with every point inside the box', () => {
		for (const glyph of dstGlyphs) {
			const commands = parsePath(glyph.path);
			expect(commands[0]?.letter).toBe('M');
			for (const { letter, numbers } of commands) {
				expect(numbers.length, `${glyph.id} ${letter}`).toBe(arity[letter]);
				// The end point is the last two numbers of M, L and A.
				const [x, y] = numbers.slice(-2);
				if (letter !== 'Z') {
					expect(x).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThanOrEqual(dstGlyphBoxUnits);
					expect(y).toBeGreaterThanOrEqual(0);
					expect(y).toBeLessThanOrEqual(dstGlyphBoxUnits);
				}
				if (letter === 'A') expect(numbers[0]).toBeLessThanOrEqual(dstGlyphBoxUnits / 2);
			}
		}
	});

	it('looks glyphs up by id and recognises ids', () => {
		expect(dstGlyph('dome').description).toMatch(/half circle/);
		expect(isDstGlyphId('zigzag')).toBe(true);
		expect(isDstGlyphId('Z')).toBe(false);
		expect(() => dstGlyph('nope' as never)).toThrow(RangeError);
	});
});
