import { describe, expect, it } from 'vitest';
import type { Interruption } from '../timing/interruptions';
import { ParticipantMode } from './participant-mode';
import type { ParticipantModeGuards } from './participant-mode-guards';
import type { ParticipantRunner } from './participant-runner';
import type { GuardOutcome } from './screen-guards';

/** Everything the guards and the runner are asked to do, in order. */
type Log = string[];

function fakeGuards(log: Log, wakeLock: GuardOutcome = 'granted') {
	const seen: { onInterruption?: (interruption: Interruption) => void; running?: () => boolean } = {};
	const guards: ParticipantModeGuards = {
		enterFullscreen: async () => (log.push('enter full screen'), 'granted'),
		exitFullscreen: async () => void log.push('exit full screen'),
		acquireWakeLock: async () => (log.push('acquire wake lock'), { outcome: wakeLock, release: () => void log.push('release wake lock') }),
		holdSessionLock: async (sessionId) => (log.push(`hold lock ${sessionId}`), () => void log.push(`release lock ${sessionId}`)),
		watchInterruptions: (onInterruption) => ((seen.onInterruption = onInterruption), () => void log.push('stop watching')),
		guardUnload: (running) => ((seen.running = running), () => void log.push('stop unload guard')),
		lockExaminerPages: () => (log.push('lock examiner pages'), () => void log.push('end participant mode here'))
	};
	return { guards, seen };
}

class FakeRunner implements ParticipantRunner {
	screen: { kind: string } = { kind: 'instructions' };
	constructor(private readonly log: Log) {}
	begin = () => void this.log.push('begin');
	interrupted = (interruption: Interruption) => void this.log.push(`interrupted ${interruption.type}`);
	pause = (reason: string, timeStampMs: number) => {
		this.log.push(`pause ${reason} ${timeStampMs}`);
		this.screen = { kind: 'paused' };
	};
	continueAfterPause = (timeStampMs: number) => void this.log.push(`continue ${timeStampMs}`);
	abandon = async (reason: string, timeStampMs: number) => void this.log.push(`abandon ${reason} ${timeStampMs}`);
	dispose = () => void this.log.push('dispose');
}

const count = (log: Log, entry: string) => log.filter((e) => e === entry).length;

async function started(log: Log = []) {
	const { guards, seen } = fakeGuards(log);
	const left: (string | null)[] = [];
	const mode = new ParticipantMode<FakeRunner>({ guards, onLeft: (sessionId) => void left.push(sessionId) });
	const runner = new FakeRunner(log);
	const outcome = await mode.start(async () => ({ sessionId: 's1', runner }));
	return { mode, runner, log, seen, left, outcome };
}

describe('participant mode: starting', () => {
	it('asks for full screen and the wake lock first and passes their outcomes to the start', async () => {
		const log: Log = [];
		const { guards } = fakeGuards(log, 'denied');
		const mode = new ParticipantMode<FakeRunner>({ guards });
		const runner = new FakeRunner(log);
		let given: unknown;
		const outcome = await mode.start(async (outcomes) => {
			given = outcomes;
			log.push('open');
			return { sessionId: 's1', runner };
		});
		expect(outcome).toMatchObject({ ok: true, sessionId: 's1', runner });
		expect(given).toEqual({ fullscreen: 'granted', wakeLock: 'denied' });
		// The session is held and the examiner pages locked before its first screen shows.
		expect(log).toEqual(['enter full screen', 'acquire wake lock', 'open', 'hold lock s1', 'lock examiner pages', 'begin']);
		expect(mode.runner).toBe(runner);
		expect(mode.sessionId).toBe('s1');
	});

	it('on a failed start leaves full screen, releases the wake lock and says why', async () => {
		const log: Log = [];
		const { guards } = fakeGuards(log);
		const mode = new ParticipantMode<FakeRunner>({ guards });
		const outcome = await mode.start(async () => {
			throw new Error('the disk is full');
		});
		expect(outcome).toEqual({ ok: false, problem: 'The session could not be started: the disk is full' });
		expect(count(log, 'exit full screen')).toBe(1);
		expect(count(log, 'release wake lock')).toBe(1);
		expect(log.some((e) => e.startsWith('hold lock'))).toBe(false);
		expect(log).not.toContain('lock examiner pages');
		expect(mode.runner).toBeNull();
		expect(mode.blocksNavigation).toBe(false);
	});

	it('forwards every interruption to the runner and guards the page until the task is finished', async () => {
		const { runner, log, seen } = await started();
		seen.onInterruption!({ type: 'blur', timeStampMs: 10 });
		expect(log).toContain('interrupted blur');
		expect(seen.running!()).toBe(true);
		runner.screen = { kind: 'finished' };
		expect(seen.running!()).toBe(false);
	});
});

describe('participant mode: Esc', () => {
	it('pauses a running task and stays', async () => {
		const { mode, log, left } = await started();
		expect(await mode.escape(42)).toBe('paused');
		expect(log).toContain('pause examiner 42');
		expect(log).not.toContain('exit full screen');
		expect(left).toEqual([]);
		expect(mode.runner).not.toBeNull();
	});

	it('leaves a finished task: everything released, full screen left, then the page goes', async () => {
		const { mode, runner, log, left } = await started();
		runner.screen = { kind: 'finished' };
		expect(await mode.escape(42)).toBe('left');
		expect(log.some((e) => e.startsWith('pause'))).toBe(false);
		expect(log.slice(-7)).toEqual(['end participant mode here', 'stop watching', 'stop unload guard', 'release lock s1', 'release wake lock', 'dispose', 'exit full screen']);
		expect(left).toEqual(['s1']);
		expect(mode.runner).toBeNull();
	});

	it('leaves a failed task too, and does nothing once left', async () => {
		const { mode, runner, left } = await started();
		runner.screen = { kind: 'failed' };
		expect(await mode.escape(1)).toBe('left');
		expect(await mode.escape(2)).toBe('ignored');
		expect(left).toEqual(['s1']);
	});
});

describe('participant mode: pause screen and leaving', () => {
	it('continues in full screen: full screen is asked again before the task goes on', async () => {
		const { mode, log } = await started();
		await mode.escape(5);
		log.length = 0;
		await mode.continueAfterPause(77);
		expect(log).toEqual(['enter full screen', 'continue 77']);
	});

	it('aborts: the runner abandons the session, then everything is released and left', async () => {
		const { mode, log, left } = await started();
		await mode.abort(99);
		const abandonedAt = log.indexOf('abandon examiner aborted the session 99');
		expect(abandonedAt).toBeGreaterThan(-1);
		expect(log.indexOf('dispose')).toBeGreaterThan(abandonedAt);
		expect(log.at(-1)).toBe('exit full screen');
		expect(left).toEqual(['s1']);
	});

	it('blocks navigation only while the task runs', async () => {
		const { mode, runner } = await started();
		expect(mode.blocksNavigation).toBe(true);
		runner.screen = { kind: 'paused' };
		expect(mode.blocksNavigation).toBe(true);
		runner.screen = { kind: 'finished' };
		expect(mode.blocksNavigation).toBe(false);
		runner.screen = { kind: 'failed' };
		expect(mode.blocksNavigation).toBe(false);
		runner.screen = { kind: 'instructions' };
		await mode.leave();
		expect(mode.blocksNavigation).toBe(false);
	});

	it('runs every stopper exactly once, however often it is left or disposed', async () => {
		const { mode, log } = await started();
		await mode.leave();
		mode.dispose();
		await mode.leave();
		for (const stopper of ['stop watching', 'stop unload guard', 'release lock s1', 'release wake lock', 'dispose']) expect(count(log, stopper), stopper).toBe(1);
		expect(mode.sessionId).toBe('s1');
	});
});
