// The versioned Stroop stimulus set: colour words, the Off-state row and every participant-facing
// text, per test language (clinical-spec §1). The stimulus language is the participant's test
// language, independent of the UI language. Any change to words, texts, keys or colours
// (colours.ts) needs a new version, which is stored with every run.
import type { TestLanguage } from '../../model/records';
import type { StroopColour } from './colours';

export const stroopStimulusSetVersion = 'stroop-stimuli-1';

/** Off state: a neutral row of four hashes, printed in the ink colour. */
export const stroopOffWord = '####';

export const stroopWords: Readonly<Record<TestLanguage, Readonly<Record<StroopColour, string>>>> = {
	en: { red: 'RED', green: 'GREEN', blue: 'BLUE' },
	id: { red: 'MERAH', green: 'HIJAU', blue: 'BIRU' }
};

/**
 * Keyboard mode: the arrow keys, because they sit in one left-to-right row matching the response
 * targets, are easy to find without computer experience and work with either hand.
 * Values are `KeyboardEvent.key`.
 */
export const stroopResponseKeys: Readonly<Record<StroopColour, string>> = {
	red: 'ArrowLeft',
	green: 'ArrowDown',
	blue: 'ArrowRight'
};

export interface StroopTexts {
	/** Before the Off state. */
	offInstructions: string;
	/** Before the On state. */
	onInstructions: string;
	/** Before the practice runs of each state. */
	practiceIntro: string;
	/** Between practice and the scored runs. */
	practiceDone: string;
	/** Before the scored runs of a state that had no practice. */
	testIntro: string;
	/** While the examiner decides after a practice with no correct run. */
	practiceWait: string;
	/** Shown after a wrong response during practice. */
	practiceError: string;
	/** Shown only in keyboard mode. */
	keyboardHint: string;
	startButton: string;
	/** End screen. */
	thankYou: string;
	/** Accessible names of the colour targets (the targets themselves show no words). */
	colourNames: Readonly<Record<StroopColour, string>>;
	/** Printed under each target in keyboard mode. */
	responseKeyLabels: Readonly<Record<StroopColour, string>>;
}

const arrowLabels: Readonly<Record<StroopColour, string>> = { red: '←', green: '↓', blue: '→' };

export const stroopTexts: Readonly<Record<TestLanguage, StroopTexts>> = {
	en: {
		offInstructions:
			'A row of #### will appear on the screen in a colour. ' +
			'Press the button (or key) of the same colour. Be as fast as you can, without making mistakes.',
		onInstructions:
			'Now a colour word will appear, printed in a different colour. ' +
			'Press the colour of the INK, not the colour the word says. ' +
			'For example: if the word RED is printed in blue, press blue.',
		practiceIntro: 'First, a short practice. Mistakes in the practice do not count.',
		practiceDone:
			'The practice is over. Now the real test begins. Be as fast as you can, without making mistakes.',
		testIntro: 'This is the real test. Be as fast as you can, without making mistakes.',
		practiceWait: 'Please wait: the examiner will tell you how we go on.',
		practiceError: 'Wrong colour. A new row starts.',
		keyboardHint: 'Keyboard: left arrow = red, down arrow = green, right arrow = blue.',
		startButton: 'Start',
		thankYou: 'Thank you. This test is finished.',
		colourNames: { red: 'red', green: 'green', blue: 'blue' },
		responseKeyLabels: arrowLabels
	},
	id: {
		offInstructions:
			'Di layar akan muncul tanda #### yang berwarna. ' +
			'Tekan tombol yang warnanya sama dengan warna tanda itu. ' +
			'Kerjakan secepat mungkin, tetapi jangan sampai salah.',
		onInstructions:
			'Sekarang akan muncul nama warna yang ditulis dengan warna lain. ' +
			'Tekan tombol sesuai WARNA TULISANNYA, bukan sesuai arti katanya. ' +
			'Contoh: jika kata MERAH ditulis dengan warna biru, tekan tombol biru.',
		practiceIntro: 'Pertama, kita latihan dulu sebentar. Kesalahan saat latihan tidak dihitung.',
		practiceDone:
			'Latihan selesai. Sekarang tes yang sebenarnya dimulai. Kerjakan secepat mungkin, tetapi jangan sampai salah.',
		testIntro: 'Ini tes yang sebenarnya. Kerjakan secepat mungkin, tetapi jangan sampai salah.',
		practiceWait: 'Mohon tunggu: pemeriksa akan menjelaskan langkah berikutnya.',
		practiceError: 'Warnanya salah. Kita mulai lagi dari awal.',
		keyboardHint: 'Pada keyboard: panah kiri = merah, panah bawah = hijau, panah kanan = biru.',
		startButton: 'Mulai',
		thankYou: 'Terima kasih. Tes ini sudah selesai.',
		colourNames: { red: 'merah', green: 'hijau', blue: 'biru' },
		responseKeyLabels: arrowLabels
	}
};
