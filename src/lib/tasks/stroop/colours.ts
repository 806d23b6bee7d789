// The three Stroop colours (clinical-spec §1). The sRGB values are fixed and belong to the
// versioned stimulus set: changing one changes the stimulus, so it needs a new set version.

export type StroopColour = 'red' | 'green' | 'blue';

/** Left-to-right order of the response targets; fixed so motor mapping never changes. */
export const stroopResponseOrder: readonly StroopColour[] = ['red', 'green', 'blue'];

/** Saturated, clearly distinct inks, readable on a white background. */
export const stroopColourHex: Readonly<Record<StroopColour, string>> = {
	red: '#D62828',
	green: '#1A9641',
	blue: '#1F4FD8'
};

export function isStroopColour(value: unknown): value is StroopColour {
	return value === 'red' || value === 'green' || value === 'blue';
}
