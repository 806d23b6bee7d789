import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { fileText } from './fixtures/csv-checks';
import { smallStudy } from './fixtures/small-study';
import { buildTidyExport } from './tidy-export';

const options = { app: { version: '0.1.0', commit: 'test' }, exportedAt: '2026-03-01T12:00:00.000+07:00', exportId: 'sessions-test' };

describe('sessions.csv', () => {
	it('flags the session that ran without cross-origin isolation, next to the recorded state', async () => {
		const files = await buildTidyExport(smallStudy(), options);
		const { header, rows } = parseCsv(fileText(files, 'sessions.csv'));
		const isolated = header.indexOf('cross_origin_isolated');
		const flag = header.indexOf('flag_not_cross_origin_isolated');
		expect(isolated).toBeGreaterThan(-1);
		expect(flag).toBeGreaterThan(-1);
		const pairs = rows.map((row) => [row[isolated], row[flag]]);
		expect(pairs).toContainEqual(['0', '1']);
		expect(pairs).toContainEqual(['1', '0']);
		for (const [state, flagged] of pairs) expect(flagged).toBe(state === '0' ? '1' : '0');
	});
});
