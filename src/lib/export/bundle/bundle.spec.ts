import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '../../model/dataset';
import { bundleMalformations, type Malformation } from '../fixtures/bundle-malformations';
import { goldenDataset, syntheticStudy } from '../fixtures/synthetic-study';
import { bundleOf, parseBundle, serializeBundle, studyFileOf } from './bundle';
import { testBundleMeta as meta } from '../fixtures/bundle-meta';
import { withLocale } from '../../i18n/with-locale';


let golden: Dataset;
let goldenText: string;
let malformations: Malformation[];
beforeAll(async () => {
	golden = await goldenDataset();
	goldenText = serializeBundle(golden, meta);
	malformations = bundleMalformations(goldenText);
}, 60_000);

function parsed(text: string, options?: Parameters<typeof parseBundle>[1]) {
	const result = parseBundle(text, options);
	if (!result.ok) throw new Error(`refused: ${result.message}`);
	return result.bundle;
}

describe('serializeBundle and parseBundle', () => {
	it('give back the same records and a header that describes them', () => {
		const bundle = parsed(goldenText);
		expect(bundle.records).toEqual(golden);
		expect(bundle).toMatchObject({ format: 'hepcog-bundle', schemaVersion: 1, kind: 'data', studyId: golden.study[0]!.id, ...meta });
		expect(bundle.counts).toEqual({ study: 1, normSet: 1, participant: 2, visit: 8, session: 5, taskRun: 15, trial: golden.trial.length, event: golden.event.length, score: 5 });
		expect(bundle.installationIds).toEqual([golden.participant[0]!.installationId]);
	});

	it('round-trip a study over three installations', async () => {
		const study = await syntheticStudy({ participants: 4, visits: 2, installations: 3, seed: 21 });
		const bundle = parsed(serializeBundle(study, meta));
		expect(bundle.records).toEqual(study);
		expect(bundle.installationIds).toEqual([...new Set(study.participant.map((p) => p.installationId))].sort());
	}, 60_000);

	it('write a bundle only of a data set with exactly one study', () => {
		expect(() => serializeBundle(emptyDataset(), meta)).toThrow(/exactly one study; this data set holds 0/);
	});

	it('copy the records, so a later change to the data set does not change the bundle', () => {
		const data = { ...emptyDataset(), study: [...golden.study] };
		const bundle = bundleOf(data, meta);
		data.study.pop();
		expect(bundle.records.study).toHaveLength(1);
	});
});

describe('studyFileOf', () => {
	it('holds the study and the stored norm sets it chose, and nothing else', () => {
		const file = parsed(studyFileOf(golden, meta));
		expect(file.kind).toBe('study');
		expect(file.records).toEqual({ ...emptyDataset(), study: golden.study, normSet: golden.normSet });
		expect(file.records.normSet.map((n) => n.key)).toEqual([golden.study[0]!.stroopNormSetKey]);
	});

	it('leaves out stored norm sets the study did not choose (built-in ones come with every build)', () => {
		const study = { ...golden.study[0]!, stroopNormSetKey: 'us-encephalapp-2015@1' };
		const file = parsed(studyFileOf({ ...golden, study: [study] }, meta));
		expect(file.records.normSet).toEqual([]);
		expect(file.counts).toMatchObject({ study: 1, normSet: 0, participant: 0 });
	});
});

describe('parseBundle refuses', () => {
	it('at least 30 malformed bundles, each with a sentence that names what is wrong', () => {
		const refusedCases = malformations.filter((m) => m.expect === 'refused');
		expect(refusedCases.length).toBeGreaterThanOrEqual(30);
		expect(new Set(malformations.map((m) => m.name)).size).toBe(malformations.length);
		for (const malformation of refusedCases) {
			const result = parseBundle(malformation.text, malformation.parseOptions);
			expect(result.ok, malformation.name).toBe(false);
			if (result.ok) continue;
			expect(result.message, malformation.name).toMatch(malformation.mentions ?? /./);
			expect(result.message, malformation.name).toMatch(/^[A-Z“].*[.]$/s);
			expect(result.message.length, malformation.name).toBeLessThan(600);
		}
	});

	it('nothing that is well-formed: the conflict and the odd-looking cases read', () => {
		const readable = malformations.filter((m) => m.expect !== 'refused');
		expect(readable.map((m) => m.name)).toEqual(['same id, other content', 'byte order mark first', 'pretty-printed', 'formula-like text in new records']);
		for (const malformation of readable) expect(parseBundle(malformation.text, malformation.parseOptions).ok, malformation.name).toBe(true);
		const formulas = parsed(malformations.find((m) => m.name.startsWith('formula'))!.text);
		expect(formulas.records.session.map((s) => s.examiner)).toContain('=HYPERLINK("http://example.com","click")');
	});

	it('another study’s bundle only when told which study this laptop holds', () => {
		const other = malformations.find((m) => m.name === 'another study’s bundle')!;
		expect(parseBundle(other.text).ok).toBe(true);
		expect(parseBundle(other.text, { expectStudyId: golden.study[0]!.id })).toMatchObject({ ok: false, message: expect.stringMatching(/belongs to the study “Synthetic MHE study”/) });
	});

	it('a file over the size limit before reading it as JSON, counting UTF-8 bytes', () => {
		expect(parseBundle('x'.repeat(1001), { maxBytes: 1000 })).toEqual({ ok: false, message: expect.stringMatching(/larger than/) });
		// 400 characters, 1200 bytes.
		expect(parseBundle('€'.repeat(400), { maxBytes: 1000 })).toEqual({ ok: false, message: expect.stringMatching(/larger than/) });
		expect(parseBundle('€'.repeat(300), { maxBytes: 1000 })).toEqual({ ok: false, message: expect.stringMatching(/not complete JSON/) });
	});

	it('every cut of a bundle, without throwing', () => {
		for (let i = 1; i < 60; i++) {
			const result = parseBundle(goldenText.slice(0, Math.floor((goldenText.length * i) / 60)));
			expect(result.ok).toBe(false);
		}
	});

	it('what is not text at all, without throwing', () => {
		expect(parseBundle(undefined as unknown as string)).toEqual({ ok: false, message: 'There is no file text to read.' });
	});
});

describe('a refused bundle in the UI language', () => {
	it('is explained in Indonesian on an Indonesian screen and in English otherwise', () => {
		const refusal = (text: string) => {
			const result = parseBundle(text);
			return result.ok ? '' : result.message;
		};
		expect(refusal('')).toBe('The file is empty.');
		expect(withLocale('id', () => refusal(''))).toBe('Berkas kosong.');
		expect(withLocale('id', () => refusal('{"format":'))).toMatch(/^Berkas bukan JSON yang lengkap \(.+\); mungkin terpotong/);
		expect(withLocale('id', () => refusal('{"format":"hepcog-norm-set"}'))).toBe('Ini berkas set norma, bukan bundel: impor di halaman Norma.');
	});
});
