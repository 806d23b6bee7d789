// BIDS labels (ecosystem.md §1.3): letters and digits only. Participant codes lose their
// separators (JKT-001 → JKT001) and visits their spaces (Month 3 → month3); two that come out
// the same, or differ only in case (file systems that ignore case would merge their folders),
// are told apart by a number, so every label names one participant or one visit.

/** Letters and digits only, accents dropped. */
export const alphanumeric = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^A-Za-z0-9]/g, '');

/**
 * A unique label per key, in the order given: `JKT-001`, `JKT_001` → `JKT001`, `JKT001n2`. A
 * number is never added so that it makes another key's own label.
 */
export function uniqueLabels(entries: readonly { key: string; text: string }[], fallback: string): Map<string, string> {
	const labels = new Map<string, string>();
	const own = new Set(entries.map((e) => (alphanumeric(e.text) || fallback).toLowerCase()));
	const used = new Set<string>();
	for (const { key, text } of entries) {
		const base = alphanumeric(text) || fallback;
		let label = base;
		for (let n = 2; used.has(label.toLowerCase()) || (label !== base && own.has(label.toLowerCase())); n++) label = `${base}n${n}`;
		used.add(label.toLowerCase());
		labels.set(key, label);
	}
	return labels;
}
