// How one incoming record meets the stored record with the same key — the one rule both the
// browser import and the command-line merge use, so a merge never depends on where it runs.
import canonicalize from 'canonicalize';
import { versionStamp, type Written } from './records';

/** Fields that say who saved a record and when, not what it says. */
const bookkeeping = new Set(['installationId', 'writtenAt', 'supersedes', 'updatedAt', 'revision', 'savedAt']);

/** The record's content as a canonical string (key order and bookkeeping do not matter). */
export function contentOf(record: object): string {
	const content = Object.fromEntries(Object.entries(record).filter(([field]) => !bookkeeping.has(field)));
	return canonicalize(content) ?? '';
}

export type MergeOutcome =
	/** Nothing stored under the key: the record is added. */
	| 'add'
	/** The same content is stored already. */
	| 'same'
	/** The incoming record is a later version of the stored one (its lineage names it): it replaces it. */
	| 'update'
	/** The stored record is a later version of the incoming one: nothing changes. */
	| 'older'
	/** Both were changed apart (on two laptops): listed, and the stored one is kept. */
	| 'conflict';

/** What happens when `incoming` meets `stored` (undefined when nothing is stored under its key). */
export function mergeOutcome(stored: Written | undefined, incoming: Written): MergeOutcome {
	if (!stored) return 'add';
	if (contentOf(stored) === contentOf(incoming)) return 'same';
	if (incoming.supersedes.includes(versionStamp(stored))) return 'update';
	if (stored.supersedes.includes(versionStamp(incoming))) return 'older';
	return 'conflict';
}
