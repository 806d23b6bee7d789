import { describe, expect, it } from 'vitest';
import { germanH2019 } from './builtin';
import { normSetChecksum } from './checksum';
import type { NormSet } from './norm-set';
import { builtinClash, exportFileName, storedMessage } from './norm-set-storing';

const typed: NormSet = { ...germanH2019, id: 'h2019-typed', version: 1, name: 'H2019 typed in' };

describe('builtinClash', () => {
	it('has nothing to say about a set under a key no built-in set has', async () => {
		expect(await builtinClash(typed, await normSetChecksum(typed))).toBeNull();
	});

	it('takes the built-in set itself as unchanged', async () => {
		expect(await builtinClash(germanH2019, await normSetChecksum(germanH2019))).toEqual({ ok: true, key: 'german-h2019@2', set: germanH2019, outcome: 'unchanged' });
	});

	it('refuses a changed set under a built-in id and version', async () => {
		const changed = { ...germanH2019, abnormalTotalAtMost: -4 };
		expect(await builtinClash(changed, await normSetChecksum(changed))).toEqual({ ok: false, message: expect.stringMatching(/german-h2019 v2 is a built-in norm set/) });
	});
});

describe('storedMessage', () => {
	it('says a set was imported, or was already here', () => {
		expect(storedMessage({ ok: true, key: 'h2019-typed@1', set: typed, outcome: 'added' })).toBe('Imported “H2019 typed in” (h2019-typed v1).');
		expect(storedMessage({ ok: true, key: 'h2019-typed@1', set: typed, outcome: 'unchanged' })).toMatch(/already here, identical/);
	});
});

it('names an export after the id and version', () => {
	expect(exportFileName(germanH2019)).toBe('german-h2019-v2.json');
});
