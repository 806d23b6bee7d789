// Serial dotting sheet (clinical-spec §2): 10 × 10 circles in rows, centred on the sheet. Alternate
// forms differ only by a small seeded jitter of each circle's position, so difficulty stays equal.
import { sheetHeight, sheetWidth, type Circle } from '../../shared/geometry';
import { mulberry32 } from '../../shared/random';

export interface SdtCircle extends Circle {
	/** From 0, top to bottom. */
	row: number;
	/** From 0, left to right. */
	column: number;
}

export interface SdtGeometry {
	rows: number;
	columns: number;
	radiusUnits: number;
	/** Distance between the centres of neighbouring circles before jitter. */
	pitchXUnits: number;
	pitchYUnits: number;
	/** Largest shift of a centre from its grid position, on each axis. */
	jitterUnits: number;
}

export const sdtGeometry: SdtGeometry = { rows: 10, columns: 10, radiusUnits: 20, pitchXUnits: 90, pitchYUnits: 62, jitterUnits: 8 };

/** Free space kept between neighbouring circles even when both are jittered towards each other. */
export const sdtMinGapUnits = 4;

export interface SdtLayout {
	seed: number;
	rows: number;
	columns: number;
	/** Row-major: the order in which they are dotted. */
	circles: readonly SdtCircle[];
}

/** Offsets are drawn on a 0.1-unit grid so stored layouts are short and exact. */
const jitter = (u: number, max: number) => Math.round((2 * u - 1) * max * 10) / 10;

function checkGeometry(g: SdtGeometry): void {
	const { rows, columns, radiusUnits: r, pitchXUnits, pitchYUnits, jitterUnits } = g;
	if (!(Number.isInteger(rows) && Number.isInteger(columns) && rows >= 1 && columns >= 1)) {
		throw new RangeError(`SDT rows and columns must be positive integers, got ${rows} × ${columns}`);
	}
	if (!(r > 0 && jitterUnits >= 0)) throw new RangeError('SDT radius must be > 0 and jitter ≥ 0');
	if (Math.min(pitchXUnits, pitchYUnits) - 2 * r - 2 * jitterUnits < sdtMinGapUnits) {
		throw new RangeError('SDT circles could touch: widen the pitch or shrink the radius or jitter');
	}
	const width = (columns - 1) * pitchXUnits + 2 * (r + jitterUnits);
	const height = (rows - 1) * pitchYUnits + 2 * (r + jitterUnits);
	if (width > sheetWidth || height > sheetHeight) throw new RangeError(`An SDT grid of ${width} × ${height} units does not fit the sheet`);
}

/**
 * The circles of one form, row by row, the grid centred on the sheet; deterministic per seed.
 * @example with the default geometry circle (row 0, column 0) sits within 8 units of (95, 71),
 * since (1000 − 9 × 90) / 2 = 95 and (700 − 9 × 62) / 2 = 71.
 */
export function generateSdtLayout(seed: number, geometry: SdtGeometry = sdtGeometry): SdtLayout {
	checkGeometry(geometry);
	const { rows, columns, radiusUnits, pitchXUnits, pitchYUnits, jitterUnits } = geometry;
	const rng = mulberry32(seed);
	const left = (sheetWidth - (columns - 1) * pitchXUnits) / 2;
	const top = (sheetHeight - (rows - 1) * pitchYUnits) / 2;
	const circles: SdtCircle[] = [];
	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns; column++) {
			const x = left + column * pitchXUnits + jitter(rng(), jitterUnits);
			const y = top + row * pitchYUnits + jitter(rng(), jitterUnits);
			circles.push({ x, y, r: radiusUnits, row, column });
		}
	}
	return { seed, rows, columns, circles };
}
