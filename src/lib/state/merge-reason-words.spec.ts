import { describe, expect, it } from 'vitest';
import { withLocale } from '../i18n/with-locale';
import { mergeReasonText, type MergeReason } from '../model/merge-plan';
import { mergeReasonWords } from './merge-reason-words';

const reasons: MergeReason[] = [
	{ code: 'changed_on_two_laptops', record: { kind: 'visit', key: 'vis-1' } },
	{ code: 'missing_reference', record: { kind: 'trial', key: 't-1', seq: 3, taskRunId: 'run-1' }, missing: { kind: 'taskRun', key: 'run-1' } },
	{ code: 'participant_code_taken', participantCode: 'JKT-001', holderId: 'p1', key: 'p9' },
	{ code: 'trial_position_taken', seq: 4, taskRunId: 'run-2' }
];

describe('merge reasons on the Import page', () => {
	it.each(reasons)('read in English exactly as the command line prints them ($code)', (why) => {
		expect(mergeReasonWords(why)).toBe(mergeReasonText(why));
	});

	it('are worded in Bahasa Indonesia on an Indonesian laptop, keeping codes and ids', () => {
		const words = withLocale('id', () => reasons.map(mergeReasonWords));
		expect(words).toEqual([
			'kunjungan vis-1 diubah di dua laptop; versi yang tersimpan dipertahankan.',
			'percobaan 3 dari pelaksanaan tugas run-1 merujuk ke pelaksanaan tugas run-1, yang tidak tersimpan dan tidak ikut ditambahkan.',
			'kode peserta JKT-001 sudah dipakai peserta lain (p1); peserta ini (p9) tidak ditambahkan.',
			'percobaan 4 dari pelaksanaan tugas run-2 sudah tersimpan dengan id lain; yang ini tidak ditambahkan.'
		]);
	});
});
