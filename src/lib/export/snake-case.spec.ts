import { describe, expect, it } from 'vitest';
import { snakeCase } from './snake-case';

describe('snakeCase', () => {
	it.each([
		['refreshRateHz', 'refresh_rate_hz'],
		['screenWidthPx', 'screen_width_px'],
		['E1', 'e1'],
		['größe x', 'gr_e_x'],
		['already_snake', 'already_snake'],
		['  -odd--name- ', 'odd_name'],
		['3dMode', 'x3d_mode'],
		['', 'unnamed'],
		['—', 'unnamed']
	])('%j → %j', (key, name) => {
		expect(snakeCase(key)).toBe(name);
	});
});
