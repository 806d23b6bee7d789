// Every norm set the app can score with: the built-in ones (code) and those made or imported on
// this laptop (stored records), each under its `id@version` key. A stored definition that no
// longer passes the schema is left out; a stored set under a built-in key is hidden by the built-in.
import { normSetKey, type NormSetRecord } from '../../model/records';
import { builtinNormSets } from './builtin';
import { normSetSchema, type NormSet } from './norm-set';

export interface CatalogueEntry {
	key: string;
	set: NormSet;
	builtin: boolean;
}

/** The built-in sets first, then the valid stored ones in the order given. */
export function normSetCatalogueOf(stored: readonly NormSetRecord[], builtinSets: readonly NormSet[] = builtinNormSets): CatalogueEntry[] {
	const builtin = builtinSets.map((set) => ({ key: normSetKey(set.id, set.version), set, builtin: true }));
	const valid = stored.flatMap((record) => {
		const parsed = normSetSchema.safeParse(record.definition);
		return parsed.success ? [{ key: record.key, set: parsed.data, builtin: false }] : [];
	});
	return [...builtin, ...valid.filter((s) => !builtin.some((b) => b.key === s.key))];
}
