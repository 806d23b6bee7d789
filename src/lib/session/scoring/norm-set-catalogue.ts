// The norm-set catalogue read from this laptop's storage; the merge with the built-in sets is in
// scoring/norm-set-catalogue.ts.
import type { HepcogDb } from '../../storage/db';
import { listStoredNormSets } from '../../storage/repos/norm-set-repo';
import { normSetCatalogueOf, type CatalogueEntry } from '../../scoring/norm-sets/norm-set-catalogue';
import type { NormSet } from '../../scoring/norm-sets/norm-set';

export type { CatalogueEntry };

export async function normSetCatalogue(db: HepcogDb): Promise<CatalogueEntry[]> {
	return normSetCatalogueOf(await listStoredNormSets(db));
}

export async function findNormSet(db: HepcogDb, key: string): Promise<NormSet | undefined> {
	return (await normSetCatalogue(db)).find((entry) => entry.key === key)?.set;
}
