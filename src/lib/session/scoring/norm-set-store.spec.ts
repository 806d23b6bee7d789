import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { germanH2019 } from '../../scoring/norm-sets/builtin';
import { normSetChecksum, serializeNormSet } from '../../scoring/norm-sets/checksum';
import type { NormSet } from '../../scoring/norm-sets/norm-set';
import { storedMessage } from '../../scoring/norm-sets/norm-set-storing';
import { openHepcogDb, type HepcogDb } from '../../storage/db';
import { listStoredNormSets } from '../../storage/repos/norm-set-repo';
import { importNormSetFile, storeNormSet } from './norm-set-store';

let db: HepcogDb;
beforeEach(async () => {
	db = await openHepcogDb({}, 'norm-store');
});
afterEach(() => db.close());

const typed: NormSet = { ...germanH2019, id: 'h2019-typed', version: 1, name: 'H2019 typed in' };
const storedKeys = async () => (await listStoredNormSets(db)).map((r) => r.key);

describe('importNormSetFile', () => {
	it('stores a good file once; the same file again changes nothing', async () => {
		const file = await serializeNormSet(typed);
		const first = await importNormSetFile(db, file);
		expect(first).toMatchObject({ ok: true, key: 'h2019-typed@1', outcome: 'added' });
		expect(first.ok && storedMessage(first)).toBe('Imported “H2019 typed in” (h2019-typed v1).');
		const again = await importNormSetFile(db, file);
		expect(again).toMatchObject({ ok: true, outcome: 'unchanged' });
		expect(again.ok && storedMessage(again)).toMatch(/already here, identical/);
		expect(await storedKeys()).toEqual(['h2019-typed@1']);
		const [record] = await listStoredNormSets(db);
		expect(record?.checksum).toBe(await normSetChecksum(typed));
		expect(record?.definition).toEqual({ ...typed, checksum: record?.checksum });
	});

	it('refuses a file changed after export and stores nothing', async () => {
		const tampered = (await serializeNormSet(typed)).replace('2.641457', '2.741457');
		const result = await importNormSetFile(db, tampered);
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Checksum mismatch/) });
		expect(await storedKeys()).toEqual([]);
	});

	it.each([
		['not JSON', '{"format": ', /not valid JSON/],
		['not a norm set', '{"hello": 1}', /not a valid norm set/],
		['an impossible SD', JSON.stringify({ ...typed, values: { ...typed.values, ncta_s: { ...typed.values.ncta_s, residualSd: -1 } } }), /values\.ncta_s\.residualSd: The residual SD must be greater than 0/]
	])('refuses %s', async (_what, text, message) => {
		expect(await importNormSetFile(db, text)).toEqual({ ok: false, message: expect.stringMatching(message) });
		expect(await storedKeys()).toEqual([]);
	});

	it('refuses a different set under a stored id and version', async () => {
		await storeNormSet(db, typed);
		const other = await serializeNormSet({ ...typed, abnormalTotalAtMost: -4 });
		expect(await importNormSetFile(db, other)).toEqual({ ok: false, message: expect.stringMatching(/A different norm set h2019-typed version 1 is already stored/) });
	});
});

describe('storeNormSet', () => {
	it('accepts the built-in set itself without storing a copy', async () => {
		expect(await storeNormSet(db, germanH2019)).toMatchObject({ ok: true, key: 'german-h2019@2', outcome: 'unchanged' });
		expect(await storedKeys()).toEqual([]);
	});

	it('refuses a changed set under a built-in id and version', async () => {
		expect(await storeNormSet(db, { ...germanH2019, abnormalTotalAtMost: -4 })).toEqual({ ok: false, message: expect.stringMatching(/german-h2019 v2 is a built-in norm set/) });
		expect(await storedKeys()).toEqual([]);
	});
});
