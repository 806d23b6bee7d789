import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { germanH2019 } from './norm-sets/builtin/index';
import { serializeNormSet } from './norm-sets/checksum';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/phes-batch.csv', import.meta.url));

function score(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'scripts/score.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run score (scripts/score.ts)', () => {
	it('scores the fixture, reports bad rows on stderr and exits non-zero', () => {
		const { status, stdout, stderr } = score('--norms', 'german-h2019', fixture);
		const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => [r.participant_id, r.phes_total, r.phes_abnormal, r.flags])).toEqual([
			['JKT-001', '0', '0', ''],
			['JKT-002', '-16', '1', ''],
			['JKT-004', '', '', 'missing_covariate'],
			["'=cmd|calc", '2', '0', ''],
			['JKT-007', '', '', ''],
			['JKT-008', '', '', '']
		]);
		expect(rows[0]).toMatchObject({ norm_set_id: 'german-h2019', norm_set_version: '2' });
		expect(stderr).toContain("phes-batch.csv:4: ncta_s 'abc' is not a number");
		expect(stderr).toContain('phes-batch.csv:5: not scored: Cannot score with norm set german-h2019: missing sex');
		expect(stderr).toContain('phes-batch.csv:6: ncta_s is empty');
		expect(stderr).toContain("phes-batch.csv:8: not scored: DST given with a 120 s limit; the norm set's DST norms are for 90 s.");
		expect(stderr).toContain('phes-batch.csv:9: not scored: The DST time limit of this PHES was not recorded');
		expect(status).toBe(1);
	}, 60_000);

	it('refuses an unknown norm set with exit status 2 and no output', () => {
		const { status, stdout, stderr } = score('--norms', 'no-such-set', fixture);
		expect([status, stdout]).toEqual([2, '']);
		expect(stderr).toMatch(/No built-in norm set 'no-such-set' \(german-h2019, us-encephalapp-2015/);
	}, 60_000);

	it('refuses a Stroop set', () => {
		const { status, stderr } = score('--norms', 'china-2019', fixture);
		expect(status).toBe(2);
		expect(stderr).toMatch(/china-2019 is a stroop set; this command scores PHES/);
	}, 60_000);

	it('reads a norm-set file and refuses one changed after export', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'hepcog-score-'));
		const file = await serializeNormSet({ ...germanH2019, id: 'german-h2019-copy' });
		writeFileSync(join(dir, 'good.json'), file);
		writeFileSync(join(dir, 'tampered.json'), file.replace('"abnormalTotalAtMost": -5', '"abnormalTotalAtMost": -3'));
		const good = score('--norms', join(dir, 'good.json'), fixture);
		expect(good.stdout.split('\r\n')[1]).toMatch(/^JKT-001,.*,german-h2019-copy,2,$/);
		const tampered = score('--norms', join(dir, 'tampered.json'), fixture);
		expect([tampered.status, tampered.stdout]).toEqual([2, '']);
		expect(tampered.stderr).toMatch(/the file was changed after it was exported/);
	}, 60_000);
});
