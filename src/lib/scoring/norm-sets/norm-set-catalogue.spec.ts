import { describe, expect, it } from 'vitest';
import type { NormSetRecord } from '../../model/records';
import { builtinNormSets, germanH2019 } from './builtin';
import { normSetCatalogueOf } from './norm-set-catalogue';
import { testWritten } from '../../model/fixtures/installation';

const record = (key: string, definition: unknown): NormSetRecord => ({ key, normSetId: key.split('@')[0]!, version: 1, checksum: 'c', definition, savedAt: '2026-11-02T10:00:00.000+07:00', ...testWritten });

describe('normSetCatalogueOf', () => {
	it('lists the built-in sets first, then the stored ones', () => {
		const typed = { ...germanH2019, id: 'h2019-typed' };
		const catalogue = normSetCatalogueOf([record('h2019-typed@1', typed)]);
		expect(catalogue.map((e) => [e.key, e.builtin])).toEqual([
			...builtinNormSets.map((set) => [`${set.id}@${set.version}`, true]),
			['h2019-typed@1', false]
		]);
		expect(catalogue.at(-1)?.set).toEqual(typed);
	});

	it('leaves out a stored definition the schema refuses, and one hidden by a built-in key', () => {
		const catalogue = normSetCatalogueOf([record('broken@1', { id: 'broken' }), record('german-h2019@2', { ...germanH2019, abnormalTotalAtMost: -4 })]);
		expect(catalogue.filter((e) => !e.builtin)).toEqual([]);
		expect(catalogue.find((e) => e.key === 'german-h2019@2')?.set).toBe(germanH2019);
	});
});
