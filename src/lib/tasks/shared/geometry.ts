// PHES layouts live in one logical coordinate space, the same on every screen: a landscape sheet
// of `sheetWidth` × `sheetHeight` units. The view scales it to the screen and stores the scale,
// so a trace can be redrawn exactly as it was made.
import type { Point, PointerSample } from '../../model/pointer-sample';

export const sheetWidth = 1000;
export const sheetHeight = 700;

export interface Circle extends Point {
	r: number;
}

/** How the logical sheet was mapped to the screen for one administration (stored with it). */
export interface SheetMapping {
	/** CSS pixels per logical unit. */
	scale: number;
	/** Offset of the sheet's top-left corner in CSS pixels. */
	offsetX: number;
	offsetY: number;
	devicePixelRatio: number;
	screenWidthPx: number;
	screenHeightPx: number;
}

export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export function insideCircle(p: Point, c: Circle): boolean {
	return distance(p, c) <= c.r;
}

/** The largest sheet scale that fits a viewport, centred. */
export function fitSheet(viewportWidthPx: number, viewportHeightPx: number): Pick<SheetMapping, 'scale' | 'offsetX' | 'offsetY'> {
	const scale = Math.min(viewportWidthPx / sheetWidth, viewportHeightPx / sheetHeight);
	return { scale, offsetX: (viewportWidthPx - sheetWidth * scale) / 2, offsetY: (viewportHeightPx - sheetHeight * scale) / 2 };
}

/** Screen (CSS px) to sheet units. */
export function toSheet(mapping: Pick<SheetMapping, 'scale' | 'offsetX' | 'offsetY'>, xPx: number, yPx: number): Point {
	return { x: (xPx - mapping.offsetX) / mapping.scale, y: (yPx - mapping.offsetY) / mapping.scale };
}

/** Total length of a polyline, in sheet units. */
export function pathLength(points: readonly Point[]): number {
	let length = 0;
	for (let i = 1; i < points.length; i++) length += distance(points[i - 1]!, points[i]!);
	return length;
}

/** SVG path data of a trace: one subpath per stroke (a new one at every pen-down). */
export function tracePaths(samples: readonly PointerSample[]): string[] {
	return samples.reduce<string[]>((paths, s) => {
		const point = `${s.x.toFixed(1)},${s.y.toFixed(1)}`;
		if (s.phase === 'down' || paths.length === 0) paths.push(`M${point}`);
		else if (s.phase === 'move') paths[paths.length - 1] += ` L${point}`;
		return paths;
	}, []);
}
