import { describe, expect, it } from 'vitest';
import { framesSpanning, longestFrameDuring, medianFrameIntervalMs } from './frame-analysis';
import { isDisruptive } from './interruptions';
import { keyResponse, pointerResponse, responseTimeMs } from './response';
import { trialFlags, type TrialTiming } from './trial-flags';

const frames60 = (fromMs: number, count: number) => Array.from({ length: count }, (_, i) => fromMs + (i * 1000) / 60);

describe('frame analysis', () => {
	it('measures the median frame interval', () => {
		expect(medianFrameIntervalMs(frames60(100, 61))).toBeCloseTo(1000 / 60, 9);
		expect(medianFrameIntervalMs([0, 10, 30, 40])).toBe(10);
		expect(medianFrameIntervalMs([5])).toBeNull();
	});

	it('finds a long frame only when it overlaps the trial', () => {
		const times = [0, 16.7, 33.4, 150, 166.7, 183.4];
		expect(longestFrameDuring(times, 40, 140, 16.7)).toEqual({ longestIntervalMs: 150 - 33.4, dropped: true });
		expect(longestFrameDuring(times, 151, 180, 16.7).dropped).toBe(false);
		// an interval of exactly 1.5 frames is not yet a drop
		expect(longestFrameDuring([0, 25], 1, 24, 1000 / 60).dropped).toBe(false);
		expect(longestFrameDuring([0, 25.1], 1, 24, 1000 / 60).dropped).toBe(true);
	});
});

describe('the frames a trial is checked against', () => {
	it('run from the last frame at the onset to the first frame stamped after the response', () => {
		expect(framesSpanning([0, 16, 33, 50, 66], 20, 40)).toEqual([16, 33, 50]);
		expect(framesSpanning([0, 16, 33, 50, 66, 83], 20, 40)).toEqual([16, 33, 50]);
	});

	it('are not complete while the newest frame is stamped at or before the response, even if it ran after it', () => {
		// A stall from 16 ms; the response at 60 ms; the first callback after the stall is stamped 33.
		expect(framesSpanning([0, 16, 33], 10, 60)).toBeNull();
		const frames = framesSpanning([0, 16, 33, 116], 10, 60)!;
		expect(frames).toEqual([0, 16, 33, 116]);
		expect(longestFrameDuring(frames, 10, 60, 16.7)).toEqual({ longestIntervalMs: 83, dropped: true });
	});
});

describe('responses', () => {
	const keyMap = { ArrowLeft: 'red', ArrowRight: 'blue' } as const;

	it('take the key event’s own timestamp and ignore auto-repeat and other keys', () => {
		expect(keyResponse({ key: 'ArrowLeft', repeat: false, timeStamp: 1234.567 }, keyMap)).toEqual({ response: 'red', responseMs: 1234.567, modality: 'key' });
		expect(keyResponse({ key: 'ArrowLeft', repeat: true, timeStamp: 1300 }, keyMap)).toBeNull();
		expect(keyResponse({ key: 'x', repeat: false, timeStamp: 1300 }, keyMap)).toBeNull();
		expect(keyResponse({ key: 'toString', repeat: false, timeStamp: 1300 }, keyMap)).toBeNull();
	});

	it('take the pointer event’s timestamp and type; a right click is no response', () => {
		expect(pointerResponse({ pointerType: 'touch', button: 0, timeStamp: 99.5 }, 'green')).toEqual({ response: 'green', responseMs: 99.5, modality: 'touch' });
		expect(pointerResponse({ pointerType: 'pen', button: 0, timeStamp: 1 }, 'green')?.modality).toBe('pen');
		expect(pointerResponse({ pointerType: 'mouse', button: 2, timeStamp: 1 }, 'green')).toBeNull();
	});

	it('time a response from the onset', () => {
		expect(responseTimeMs(1000.25, 1612.75)).toBe(612.5);
		expect(responseTimeMs(null, 1612.75)).toBeNull();
	});
});

describe('trial flags', () => {
	const clean: TrialTiming = {
		onsetMs: 1000,
		responseMs: 1600,
		rtMs: 600,
		onsetMethod: 'element-timing',
		expectedOnsetMethod: 'element-timing',
		frameTimesMs: frames60(990, 40),
		frameIntervalMs: 1000 / 60,
		interruptions: [],
		anticipationMs: 150
	};

	it('leave a clean trial unflagged', () => {
		expect(trialFlags(clean).flags).toEqual([]);
		expect(trialFlags(clean).longestFrameMs).toBeCloseTo(1000 / 60, 6);
	});

	it('flag an anticipation below 150 ms, and not at 150 ms', () => {
		expect(trialFlags({ ...clean, rtMs: 149.9 }).flags).toEqual(['anticipation']);
		expect(trialFlags({ ...clean, rtMs: 150 }).flags).toEqual([]);
	});

	it('flag a stall during the trial, an interruption and an onset fallback', () => {
		const stalled = [...frames60(990, 20), 1400, ...frames60(1416.7, 20)];
		expect(trialFlags({ ...clean, frameTimesMs: stalled }).flags).toEqual(['dropped_frames']);
		expect(trialFlags({ ...clean, interruptions: [{ type: 'blur', timeStampMs: 1200 }] }).flags).toEqual(['interrupted']);
		expect(trialFlags({ ...clean, interruptions: [{ type: 'focus', timeStampMs: 1200 }] }).flags).toEqual([]);
		expect(trialFlags({ ...clean, onsetMethod: 'double-raf' }).flags).toEqual(['onset_fallback']);
	});

	it('treat regaining focus or visibility as harmless', () => {
		expect(isDisruptive({ type: 'visibility_visible', timeStampMs: 0 })).toBe(false);
		expect(isDisruptive({ type: 'fullscreen_exit', timeStampMs: 0 })).toBe(true);
	});
});
