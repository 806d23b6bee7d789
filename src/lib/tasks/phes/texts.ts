// Participant-facing PHES instructions per test language (versioned with the task; a native
// speaker should review the Indonesian before the trial).
import type { TestLanguage } from '../../model/records';
import type { PhesSubtestId } from './subtest';

export interface PhesTexts {
	practice: Record<PhesSubtestId, string>;
	practiceIntro: string;
	testIntro: string;
	start: string;
	wrongCircle: string;
	thankYou: string;
}

export const phesTexts: Readonly<Record<TestLanguage, PhesTexts>> = {
	en: {
		practice: {
			ncta: 'Connect the circles in order: 1, 2, 3 … Keep the pen (or finger) on the screen and go as fast as you can.',
			nctb: 'Connect the circles, switching between numbers and letters: 1, A, 2, B, 3, C … Keep the pen on the screen and go as fast as you can.',
			dst: 'At the top, each number has its own sign. For each number shown, press its sign below. Work as fast as you can.',
			sdt: 'Put a dot in the middle of every circle, row by row, from left to right. Work as fast as you can.',
			ltt: 'Draw a line along the track, from start to end, without touching or crossing the edges. Keep the pen on the screen.'
		},
		practiceIntro: 'First, a short practice.',
		testIntro: 'Now the real test. Go as fast as you can, as carefully as you can.',
		start: 'Start',
		wrongCircle: 'Not this one — go back to the marked circle.',
		thankYou: 'Thank you. The tests are finished.'
	},
	id: {
		practice: {
			ncta: 'Hubungkan lingkaran secara berurutan: 1, 2, 3 … Jangan angkat pena (atau jari) dari layar, dan kerjakan secepat mungkin.',
			nctb: 'Hubungkan lingkaran bergantian antara angka dan huruf: 1, A, 2, B, 3, C … Jangan angkat pena dari layar, dan kerjakan secepat mungkin.',
			dst: 'Di bagian atas, setiap angka punya tanda sendiri. Untuk setiap angka yang muncul, tekan tandanya di bawah. Kerjakan secepat mungkin.',
			sdt: 'Beri titik di tengah setiap lingkaran, baris demi baris, dari kiri ke kanan. Kerjakan secepat mungkin.',
			ltt: 'Tarik garis di sepanjang jalur, dari awal sampai akhir, tanpa menyentuh atau melewati tepinya. Jangan angkat pena dari layar.'
		},
		practiceIntro: 'Pertama, latihan sebentar.',
		testIntro: 'Sekarang tes yang sebenarnya. Kerjakan secepat dan secermat mungkin.',
		start: 'Mulai',
		wrongCircle: 'Bukan yang ini — kembali ke lingkaran yang ditandai.',
		thankYou: 'Terima kasih. Tesnya sudah selesai.'
	}
};
