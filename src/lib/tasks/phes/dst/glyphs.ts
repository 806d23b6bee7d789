// The nine symbols of the digit symbol test (clinical-spec §2, DST). They are our own simple line
// glyphs, not the printed test's: lines, circles and angles, nothing that reads as a letter or a
// digit (a plain ring would read as 0, so the ring has a centre dot). Pure data: a view draws each
// as `<path d={path}>` with a stroke and no fill, and exports name them by id.

export const dstGlyphIds = ['ring', 'plus', 'triangle', 'square', 'bars', 'dots', 'dome', 'zigzag', 'arrow'] as const;

export type DstGlyphId = (typeof dstGlyphIds)[number];

export interface DstGlyph {
	id: DstGlyphId;
	/** Plain description for the codebook and for screen readers. */
	description: string;
	/** SVG path data in a `dstGlyphBoxUnits` square box, drawn as a stroke with no fill. */
	path: string;
}

/** Side of the square box the paths are drawn in (SVG viewBox `0 0 100 100`). */
export const dstGlyphBoxUnits = 100;

/** Stroke width the paths were designed for, in box units (round caps and joins). */
export const dstGlyphStrokeUnits = 8;

// A circle as two half arcs, because one SVG arc cannot close on its own start point.
const circle = (cx: number, cy: number, r: number) =>
	`M ${cx - r} ${cy} A ${r} ${r} 0 1 0 ${cx + r} ${cy} A ${r} ${r} 0 1 0 ${cx - r} ${cy} Z`;

export const dstGlyphs: readonly DstGlyph[] = [
	{ id: 'ring', description: 'ring with a dot in the centre', path: `${circle(50, 50, 34)} ${circle(50, 50, 4)}` },
	{ id: 'plus', description: 'plus sign', path: 'M 50 14 L 50 86 M 14 50 L 86 50' },
	{ id: 'triangle', description: 'triangle pointing up (outline)', path: 'M 50 14 L 86 80 L 14 80 Z' },
	{ id: 'square', description: 'square (outline)', path: 'M 18 18 L 82 18 L 82 82 L 18 82 Z' },
	{ id: 'bars', description: 'two horizontal bars', path: 'M 14 34 L 86 34 M 14 66 L 86 66' },
	{ id: 'dots', description: 'three dots in a triangle', path: `${circle(50, 26, 6)} ${circle(24, 72, 6)} ${circle(76, 72, 6)}` },
	{ id: 'dome', description: 'half circle standing on a base line', path: 'M 14 70 A 36 36 0 0 1 86 70 Z' },
	{ id: 'zigzag', description: 'zigzag line of five strokes', path: 'M 8 62 L 25 38 L 42 62 L 58 38 L 75 62 L 92 38' },
	{ id: 'arrow', description: 'arrow pointing up', path: 'M 50 86 L 50 16 M 26 40 L 50 16 L 74 40' }
];

const byId = new Map(dstGlyphs.map((glyph) => [glyph.id, glyph]));

export function dstGlyph(id: DstGlyphId): DstGlyph {
	const glyph = byId.get(id);
	if (glyph === undefined) throw new RangeError(`Unknown DST glyph ${id}`);
	return glyph;
}

export function isDstGlyphId(value: string): value is DstGlyphId {
	return (dstGlyphIds as readonly string[]).includes(value);
}
