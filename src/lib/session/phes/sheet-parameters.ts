import { fitSheet } from '../../tasks/shared/geometry';

/** The sheet as it maps onto this screen now, stored with every subtest so traces can be redrawn. */
export function sheetParameters(): Record<string, number> {
	const fit = fitSheet(innerWidth, innerHeight);
	return {
		sheet_scale: fit.scale,
		sheet_offset_x_px: fit.offsetX,
		sheet_offset_y_px: fit.offsetY,
		device_pixel_ratio: devicePixelRatio,
		screen_width_px: screen.width,
		screen_height_px: screen.height
	};
}
