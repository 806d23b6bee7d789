// Plays the participant in the real Stroop page: starts each stage, and answers every stimulus at
// a chosen instant after its paint, through stamped input. Returns the ground truth of each answer.
import type { Page } from '@playwright/test';
import type { StampedInput } from './stamped-input';

export type Colour = 'red' | 'green' | 'blue';
export type Via = 'key' | 'mouse' | 'touch';

export interface ShownStimulus {
	identifier: string;
	state: 'off' | 'on';
	phase: 'practice' | 'test';
	ink: Colour;
	paintMs: number;
	/** Count of stimuli answered before this one in this drive. */
	number: number;
}

export interface Plan {
	rtMs: number;
	wrong?: boolean;
	via: Via;
}

export interface Answer extends ShownStimulus {
	response: Colour;
	via: Via;
	/** True instant of the response, on the page's time base. */
	responseMs: number;
	trueRtMs: number;
}

const keys: Record<Colour, string> = { red: 'ArrowLeft', green: 'ArrowDown', blue: 'ArrowRight' };
const otherColour = (ink: Colour): Colour => (ink === 'red' ? 'green' : ink === 'green' ? 'blue' : 'red');

type Poll = { screen: 'instructions' } | { screen: 'finished' } | ({ screen: 'stimulus' } & Omit<ShownStimulus, 'number'>);

async function nextScreen(page: Page, lastId: string): Promise<Poll> {
	const handle = await page.waitForFunction(
		(last) => {
			const root = document.querySelector<HTMLElement>('.participant');
			const screen = root?.dataset.screen;
			if (screen === 'instructions' || screen === 'finished') return { screen };
			if (screen !== 'stimulus') return null;
			const el = document.querySelector<HTMLElement>('[data-testid=stimulus]');
			const identifier = el?.getAttribute('elementtiming');
			const paintMs = identifier ? (window as unknown as { __paints: Record<string, number> }).__paints[identifier] : undefined;
			if (!el || !identifier || identifier === last || paintMs === undefined) return null;
			return { screen, identifier, ink: el.dataset.ink, state: root!.dataset.state, phase: root!.dataset.phase, paintMs };
		},
		lastId,
		{ timeout: 15_000, polling: 'raf' }
	);
	return (await handle.jsonValue()) as Poll;
}

/**
 * Drives the Stroop from its first instruction screen to the end (or until `stopAfter` answers).
 * `plan` decides each answer; `beforeAnswer` may do something on the page while the stimulus is up.
 */
export async function driveStroop(
	page: Page,
	input: StampedInput,
	plan: (stimulus: ShownStimulus) => Plan,
	options: { stopAfter?: number; beforeAnswer?: (stimulus: ShownStimulus, answerAtMs: number) => Promise<void> } = {}
): Promise<Answer[]> {
	const answers: Answer[] = [];
	let lastId = '';
	for (;;) {
		if (options.stopAfter !== undefined && answers.length >= options.stopAfter) return answers;
		const poll = await nextScreen(page, lastId);
		if (poll.screen === 'finished') return answers;
		if (poll.screen === 'instructions') {
			await page.keyboard.press(' ');
			continue;
		}
		const stimulus: ShownStimulus = { ...poll, number: answers.length };
		lastId = stimulus.identifier;
		const { rtMs, wrong = false, via } = plan(stimulus);
		const response = wrong ? otherColour(stimulus.ink) : stimulus.ink;
		const responseMs = stimulus.paintMs + rtMs;
		await options.beforeAnswer?.(stimulus, responseMs);
		if (via === 'key') await input.keyAt(keys[response], responseMs);
		else {
			const box = (await page.locator(`[data-colour=${response}]`).boundingBox())!;
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			await (via === 'mouse' ? input.mouseAt(x, y, responseMs) : input.touchAt(x, y, responseMs));
		}
		answers.push({ ...stimulus, response, via, responseMs, trueRtMs: rtMs });
	}
}

/** Expected `<state>_time_s` from the truth: the summed durations of the correct test runs. */
export function expectedStateTimeS(answers: readonly Answer[], state: 'off' | 'on', runLength = 10): number {
	let total = 0;
	let run: Answer[] = [];
	for (const answer of answers.filter((a) => a.state === state && a.phase === 'test')) {
		run.push(answer);
		const wrong = answer.response !== answer.ink;
		if (wrong) run = [];
		else if (run.length === runLength) {
			total += run[runLength - 1]!.responseMs - run[0]!.paintMs;
			run = [];
		}
	}
	return total / 1000;
}
