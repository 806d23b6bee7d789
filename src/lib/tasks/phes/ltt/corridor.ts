// Where a point lies relative to an LTT track: the corridor is every point within the half-width
// of the centre line; the start and end areas belong to the track as well (they are drawn as round
// pads the trace begins and ends in), so being in them is never an error.
import { insideCircle } from '../../shared/geometry';
import type { Point } from '../../../model/pointer-sample';
import { pointPolylineDistance } from './polyline';
import type { LttTrack } from './track';

/**
 * Shortest distance from `point` to the track's centre line, in sheet units.
 * Example: on a straight centre line (100, 300)–(900, 300), the point (400, 310) is 10 away.
 */
export function distanceToCentreline(point: Point, track: LttTrack): number {
	return pointPolylineDistance(point, track.centre);
}

export function inStartArea(point: Point, track: LttTrack): boolean {
	return insideCircle(point, track.start);
}

export function inEndArea(point: Point, track: LttTrack): boolean {
	return insideCircle(point, track.end);
}

/** Inside the corridor (the edge itself counts as inside) or in the start or end area. */
export function insideTrack(point: Point, track: LttTrack): boolean {
	return distanceToCentreline(point, track) <= track.halfWidthUnits || inStartArea(point, track) || inEndArea(point, track);
}

/** How far beyond the nearer line `point` is; 0 or negative when inside the corridor. */
export function depthOutside(point: Point, track: LttTrack): number {
	return distanceToCentreline(point, track) - track.halfWidthUnits;
}
