// bench:timing — ground-truth timing of the real Stroop in Chromium (see README › Benchmarks).
// Every response is dispatched through the DevTools protocol with a chosen timestamp, at a chosen
// delay after the stimulus's paint as the browser itself records it, so the true RT is known.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { StampedInput } from '../tests/support/stamped-input';
import { driveStroop, type Answer, type ShownStimulus, type Via } from '../tests/support/stroop-driver';
import { openStroopStart, startParticipantMode } from '../tests/e2e/support/stroop';
import { blockMainThread, installLoadRecorder, recordedBlocks, type Block } from './main-thread-load';
import { peerVersion, routePeer } from './jspsych-peer';
import { absPercentiles, errorStats, seededRandom } from './stats';

test.describe.configure({ timeout: 20 * 60_000 });

type Condition = 'idle' | 'burst' | 'stall';

/** Per stimulus number: its condition and RT, a pure function of (seed, n): the same on every call and run. */
function schedule(seed: number) {
	return (n: number): { condition: Condition; rtMs: number; burstLeadMs: number; burstMs: number } => {
		const random = seededRandom((seed ^ Math.imul(n + 1, 2654435761)) >>> 0);
		const slot = n % 10;
		const condition: Condition = slot === 9 ? 'stall' : slot % 3 === 1 ? 'burst' : 'idle';
		return { condition, rtMs: 320 + random() * 480, burstLeadMs: 5 + random() * 20, burstMs: 30 + random() * 50 };
	};
}

interface StoredTrial {
	seq: number;
	values: Record<string, unknown>;
	flags: string[];
}

async function storedTrials(page: Page, sessionId: string): Promise<StoredTrial[]> {
	return page.evaluate(
		(id) =>
			new Promise<StoredTrial[]>((resolve, reject) => {
				const open = indexedDB.open('hepcog');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('trial').objectStore('trial').index('bySession').getAll(id);
					request.onsuccess = () => resolve(request.result as StoredTrial[]);
					request.onerror = () => reject(request.error);
				};
			}),
		sessionId
	);
}

interface Measured {
	condition: Condition;
	via: Via;
	rtErrorMs: number;
	onsetVsPaintMs: number;
	onsetMethod: string;
	flagged: boolean;
	stalled: boolean;
	blocked: boolean;
}

/** One whole Stroop session answered by `via`, with load injected per the schedule. */
async function stroopSession(page: Page, code: string, via: Via, seed: number): Promise<Measured[]> {
	await openStroopStart(page, code);
	const input = await StampedInput.attach(page);
	await installLoadRecorder(page);
	await startParticipantMode(page, via === 'key' ? 'keyboard' : 'pointer');
	const plan = schedule(seed);
	const conditions = new Map<string, Condition>();
	const answers = await driveStroop(page, input, (s) => ({ rtMs: plan(s.number).rtMs, via }), {
		beforeAnswer: async (s: ShownStimulus, answerAtMs: number) => {
			const { condition, burstLeadMs, burstMs } = plan(s.number);
			conditions.set(s.identifier, condition);
			if (condition === 'burst') await blockMainThread(page, answerAtMs - burstLeadMs, burstMs, 'burst');
			if (condition === 'stall') await blockMainThread(page, s.paintMs + 60, 100, 'stall');
		}
	});
	const sessionId = new URL(page.url()).searchParams.get('session')!;
	await expect(page.locator('.participant')).toHaveAttribute('data-screen', 'finished');
	const trials = new Map((await storedTrials(page, sessionId)).map((t) => [t.seq, t]));
	const blocks = await recordedBlocks(page);
	return answers.map((answer) => measure(answer, trials, blocks, conditions.get(answer.identifier)!));
}

function measure(answer: Answer, trials: Map<number, StoredTrial>, blocks: Block[], condition: Condition): Measured {
	const seq = Number(answer.identifier.split('-').pop());
	const trial = trials.get(seq);
	if (!trial) throw new Error(`answer ${answer.identifier} was not stored`);
	const overlaps = (b: Block) => b.endMs > answer.paintMs && b.startMs < answer.responseMs;
	return {
		condition,
		via: answer.via,
		rtErrorMs: Number(trial.values.rt_ms) - answer.trueRtMs,
		onsetVsPaintMs: Number(trial.values.onset_ms) - answer.paintMs,
		onsetMethod: String(trial.values.onset_method),
		flagged: trial.flags.includes('dropped_frames'),
		stalled: blocks.some((b) => b.kind === 'stall' && overlaps(b)),
		blocked: blocks.some(overlaps)
	};
}

/** The same keyboard responses (RTs and load) against the jsPsych page. */
async function peerRun(page: Page, count: number, seed: number): Promise<{ condition: Condition; rtErrorMs: number }[]> {
	await page.goto(await routePeer(page));
	const input = await StampedInput.attach(page);
	await installLoadRecorder(page);
	const plan = schedule(seed);
	const colours = ['red', 'green', 'blue'] as const;
	const inks = Array.from({ length: count }, (_, i) => colours[(i * 7 + 1) % 3]!);
	const keys = { red: 'ArrowLeft', green: 'ArrowDown', blue: 'ArrowRight' };
	await page.evaluate((list) => (window as unknown as { startPeer: (inks: string[]) => void }).startPeer(list), inks);
	for (let i = 0; i < count; i++) {
		const { paintMs } = await input.paintOf(`peer-${i}`);
		const { condition, rtMs, burstLeadMs, burstMs } = plan(i);
		const answerAtMs = paintMs + rtMs;
		if (condition === 'burst') await blockMainThread(page, answerAtMs - burstLeadMs, burstMs, 'burst');
		if (condition === 'stall') await blockMainThread(page, paintMs + 60, 100, 'stall');
		await input.keyAt(keys[inks[i]!], answerAtMs);
	}
	const data = (await (await page.waitForFunction(() => (window as unknown as { __peerData?: unknown }).__peerData)).jsonValue()) as { i: number; rt: number }[];
	return data.map((row) => ({ condition: plan(row.i).condition, rtErrorMs: row.rt - plan(row.i).rtMs }));
}

test('bench:timing', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	const seed = 20261126;
	const measured = [
		...(await stroopSession(page, 'BENCH-KEY', 'key', seed)),
		...(await stroopSession(page, 'BENCH-MOUSE', 'mouse', seed + 1)),
		...(await stroopSession(page, 'BENCH-TOUCH', 'touch', seed + 2))
	];
	const isolated = await page.evaluate(() => crossOriginIsolated);
	const keyAnswers = measured.filter((m) => m.via === 'key').length;
	const peer = await peerRun(page, keyAnswers, seed);

	const idle = measured.filter((m) => m.condition === 'idle');
	const loaded = measured.filter((m) => m.condition !== 'idle');
	const clean = measured.filter((m) => !m.blocked);
	const stalled = measured.filter((m) => m.stalled);
	const methods = [...new Set(measured.map((m) => m.onsetMethod))];
	const result = {
		bench: 'timing',
		trials: measured.length,
		cross_origin_isolated: isolated,
		responses_by_input: Object.fromEntries((['key', 'mouse', 'touch'] as const).map((v) => [v, measured.filter((m) => m.via === v).length])),
		rt_error_ms: { idle: errorStats(idle.map((m) => m.rtErrorMs)), loaded: errorStats(loaded.map((m) => m.rtErrorMs)) },
		onset_vs_paint_ms: { method: methods.join('|'), ...absPercentiles(measured.map((m) => m.onsetVsPaintMs)) },
		dropped_frames: {
			injected: stalled.length,
			flagged: stalled.filter((m) => m.flagged).length,
			false_flags: clean.filter((m) => m.flagged).length,
			clean_trials: clean.length,
			burst_trials_flagged: `${measured.filter((m) => m.blocked && !m.stalled && m.flagged).length}/${measured.filter((m) => m.blocked && !m.stalled).length}`
		},
		peer: {
			name: `jspsych ${peerVersion()}`,
			trials: peer.length,
			rt_error_ms: {
				idle: errorStats(peer.filter((p) => p.condition === 'idle').map((p) => p.rtErrorMs)),
				loaded: errorStats(peer.filter((p) => p.condition !== 'idle').map((p) => p.rtErrorMs))
			}
		}
	};
	const targets = [
		`RT error max_abs ≤ 0.5 ms: idle ${result.rt_error_ms.idle.max_abs}, loaded ${result.rt_error_ms.loaded.max_abs}`,
		`onset within 1 ms of paint at p99: ${result.onset_vs_paint_ms.p99}`,
		`stalls flagged ${result.dropped_frames.flagged}/${result.dropped_frames.injected}, false flags ${result.dropped_frames.false_flags}/${result.dropped_frames.clean_trials}`,
		`peer loaded max ${result.peer.rt_error_ms.loaded.max_abs} ms = ${(result.peer.rt_error_ms.loaded.max_abs / result.rt_error_ms.loaded.max_abs).toFixed(0)} × ours (target ≥ 20 ×)`
	];
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/timing.json', JSON.stringify({ ...result, summary: targets }, null, 1));
});
