// A norm set's checksum identifies exactly the data a score was computed with (clinical-spec §3).
// It is SHA-256 over the RFC 8785 canonical JSON of the set without its own `checksum` field, so
// key order, whitespace and number spelling in the file do not change it.
import canonicalize from 'canonicalize';
import { describeIssues, normSetSchema, type NormSet } from './norm-set';

export type ParsedNormSetFile = { ok: true; normSet: NormSet; checksum: string } | { ok: false; message: string };

/** Lowercase hex SHA-256 of the bytes (of a text: its UTF-8 bytes), via Web Crypto (browser and Node ≥ 20). */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The canonical JSON the checksum is taken over; undefined fields are dropped first, as JSON does. */
export function canonicalNormSetJson(set: NormSet): string {
	const { checksum: _ignored, ...content } = set;
	const canonical = canonicalize(JSON.parse(JSON.stringify(content)));
	if (canonical === undefined) throw new Error('A norm set cannot be canonicalised.');
	return canonical;
}

export async function normSetChecksum(set: NormSet): Promise<string> {
	return sha256Hex(canonicalNormSetJson(set));
}

/**
 * Reads a norm-set file: JSON, then the schema, then the checksum when the file has one.
 * The returned set carries the checksum (computed when the file had none).
 */
export async function parseNormSetFile(text: string): Promise<ParsedNormSetFile> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, message: `The file is not valid JSON (${(error as Error).message}).` };
	}
	const parsed = normSetSchema.safeParse(json);
	if (!parsed.success) {
		return { ok: false, message: ['The file is not a valid norm set:', ...describeIssues(parsed.error).map((line) => `- ${line}`)].join('\n') };
	}
	const checksum = await normSetChecksum(parsed.data);
	const stored = parsed.data.checksum;
	if (stored !== undefined && stored !== checksum) {
		return {
			ok: false,
			message: `Checksum mismatch: the file was changed after it was exported (it says ${stored}, its content gives ${checksum}).`
		};
	}
	return { ok: true, normSet: { ...parsed.data, checksum }, checksum };
}

/** The set as a file: readable JSON (tabs) with its checksum as the last field. */
export async function serializeNormSet(set: NormSet): Promise<string> {
	const { checksum: _ignored, ...content } = set;
	const checksum = await normSetChecksum(set);
	return `${JSON.stringify({ ...content, checksum }, null, '\t')}\n`;
}
