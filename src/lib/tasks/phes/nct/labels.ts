// Target labels of the number connection tests, in the order they must be connected
// (clinical-spec §2): NCT-A 1→25; NCT-B alternates numbers and letters 1-A-2-B-…-L-13.

export type NctTest = 'a' | 'b';

/** Targets of a scored NCT sheet (both A and B). */
export const nctTargetCount = 25;
/** Targets of the practice item that precedes each test. */
export const nctPracticeTargetCount = 8;

const letterCount = 26;

/**
 * The first `count` labels of a test, in connection order.
 * @example nctLabels('b', 5) → ['1', 'A', '2', 'B', '3']; nctLabels('a', 3) → ['1', '2', '3']
 */
export function nctLabels(test: NctTest, count: number): string[] {
	// B runs out of letters after Z; 2·26 + 1 targets is far above any sheet we draw.
	const max = test === 'a' ? Number.MAX_SAFE_INTEGER : 2 * letterCount + 1;
	if (!Number.isInteger(count) || count < 1 || count > max) {
		throw new RangeError(`NCT-${test.toUpperCase()} target count must be an integer in 1…${max}, got ${count}`);
	}
	return Array.from({ length: count }, (_, i) => {
		if (test === 'a') return String(i + 1);
		// Even positions are the numbers 1, 2, 3…; odd ones the letters A, B, C…
		return i % 2 === 0 ? String(i / 2 + 1) : String.fromCharCode(65 + (i - 1) / 2);
	});
}

export const nctaLabels: readonly string[] = nctLabels('a', nctTargetCount);
export const nctbLabels: readonly string[] = nctLabels('b', nctTargetCount);
export const nctaPracticeLabels: readonly string[] = nctLabels('a', nctPracticeTargetCount);
export const nctbPracticeLabels: readonly string[] = nctLabels('b', nctPracticeTargetCount);
