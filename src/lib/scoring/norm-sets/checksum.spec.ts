import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtinNormSet, builtinNormSets, germanH2019, germanH2019v1 } from './builtin/index';
import { canonicalNormSetJson, normSetChecksum, parseNormSetFile, serializeNormSet, sha256Hex } from './checksum';

// Pinned: any edit to a built-in set changes its checksum and must come with a new version.
const pinned: Record<string, string> = {
	'german-h2019': '1b947f6a31b8cf6a947898a932ccfefeed5f6c13e501a6d789f8d8b5ab93e4f8',
	// Version 1, as scores made with it name it: unchanged by the DST time-limit field it lacks.
	'german-h2019@1': '09214867d6bb66b33a38845f39e8d0f6b451abe36dfc6e7646c8e1c3254a8108',
	'us-encephalapp-2015': '641800e51a6eb3a336824052a4214462128e494ea486e580b6e26db0f7b0bf59',
	'us-encephalapp-2013': '379cc89929de6a6ba4158c9b13335d741886e4824770b82ce99dc59b5c46078a',
	'china-2019': '336211cc8cc7a72d8f75d2c32c22dec1c152eb900cee23b841b87d90acfb4bcb',
	'china-nonalcoholic-2024': '0586ce036a7ac4cf07623e5a0db4d4500b56b647c771b32082215bd15a683e8e',
	'brazil-2022': '6b8c89d7529ef1f2954b4d58683ee4e46ab1cb5395a62aa418958e4a9a9e371a'
};

describe('norm-set checksum', () => {
	it('hashes with SHA-256 as lowercase hex', async () => {
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it.each(builtinNormSets.map((set) => [set === germanH2019v1 ? `${set.id}@1` : set.id, set]))('is pinned for the built-in set %s', async (id, set) => {
		const checksum = await normSetChecksum(set);
		expect(checksum).toBe(pinned[id]);
		expect(checksum).toBe(createHash('sha256').update(canonicalNormSetJson(set)).digest('hex'));
	});

	it('does not depend on key order, whitespace or its own checksum field', async () => {
		const reordered = Object.fromEntries(Object.entries(germanH2019).reverse()) as typeof germanH2019;
		const file = await serializeNormSet(germanH2019);
		const squashed = JSON.stringify(JSON.parse(file));
		expect(await normSetChecksum(reordered)).toBe(pinned['german-h2019']);
		expect(await normSetChecksum({ ...germanH2019, checksum: 'f'.repeat(64) })).toBe(pinned['german-h2019']);
		expect(await parseNormSetFile(squashed)).toMatchObject({ ok: true, checksum: pinned['german-h2019'] });
	});

	it('round-trips through a file with the checksum as last field', async () => {
		const file = await serializeNormSet(germanH2019);
		expect(Object.keys(JSON.parse(file)).at(-1)).toBe('checksum');
		const parsed = await parseNormSetFile(file);
		expect(parsed).toEqual({ ok: true, normSet: { ...germanH2019, checksum: pinned['german-h2019'] }, checksum: pinned['german-h2019'] });
	});

	it('computes the checksum of a file that has none', async () => {
		const parsed = await parseNormSetFile(JSON.stringify(builtinNormSet('brazil-2022')));
		expect(parsed.ok && parsed.normSet.checksum).toBe(pinned['brazil-2022']);
	});

	it.each<[string, (file: string) => string]>([
		['a changed coefficient', (file) => file.replace('0.010871', '0.010872')],
		['a changed cutoff', (file) => file.replace('"abnormalTotalAtMost": -5', '"abnormalTotalAtMost": -4')],
		['a changed note', (file) => file.replace('not identified', 'identified')]
	])('detects tampering: %s', async (_what, tamper) => {
		const file = await serializeNormSet(germanH2019);
		const changed = tamper(file);
		expect(changed).not.toBe(file);
		const parsed = await parseNormSetFile(changed);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.message).toMatch(/the file was changed after it was exported/);
	});

	it('says when a file is not JSON', async () => {
		const parsed = await parseNormSetFile('{"format": "hepcog-norm-set",');
		expect(!parsed.ok && parsed.message).toMatch(/^The file is not valid JSON/);
	});

	it('says which field breaks the schema', async () => {
		const broken = structuredClone(germanH2019);
		broken.values.sdt_s = { ...broken.values.sdt_s!, residualSd: 0 };
		const parsed = await parseNormSetFile(JSON.stringify(broken));
		expect(!parsed.ok && parsed.message).toMatch(/not a valid norm set:\n- values\.sdt_s\.residualSd: The residual SD must be greater than 0/);
	});
});
