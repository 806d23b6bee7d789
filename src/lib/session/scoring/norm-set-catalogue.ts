// Every norm set the app can score with: the built-in ones (code) and those made or imported on
// this laptop (storage), each under its `id@version` key.
import type { HepcogDb } from '../../storage/db';
import { listStoredNormSets, normSetKey } from '../../storage/repos/norm-set-repo';
import { builtinNormSets } from '../../scoring/builtin';
import { normSetSchema, type NormSet } from '../../scoring/norm-set';

export interface CatalogueEntry {
	key: string;
	set: NormSet;
	builtin: boolean;
}

export async function normSetCatalogue(db: HepcogDb): Promise<CatalogueEntry[]> {
	const builtin = builtinNormSets.map((set) => ({ key: normSetKey(set.id, set.version), set, builtin: true }));
	const stored = (await listStoredNormSets(db)).flatMap((record) => {
		const parsed = normSetSchema.safeParse(record.definition);
		return parsed.success ? [{ key: record.key, set: parsed.data, builtin: false }] : [];
	});
	return [...builtin, ...stored.filter((s) => !builtin.some((b) => b.key === s.key))];
}

export async function findNormSet(db: HepcogDb, key: string): Promise<NormSet | undefined> {
	return (await normSetCatalogue(db)).find((entry) => entry.key === key)?.set;
}
