import { describe, expect, it } from 'vitest';
import { moveSamples, sampleOf } from './pointer-capture';

const toSheet = (x: number, y: number) => ({ x: x / 2, y: y / 2 });
const event = (clientX: number, clientY: number, timeStamp: number, pointerType = 'pen') => ({ clientX, clientY, timeStamp, pointerType, pressure: 0.4 });

describe('pointer samples', () => {
	it('keep the event’s own timestamp, type and pressure, on the sheet', () => {
		expect(sampleOf(event(100, 50, 1234.567), 'down', toSheet)).toEqual({ x: 50, y: 25, tMs: 1234.567, pointerType: 'pen', pressure: 0.4, phase: 'down' });
		expect(sampleOf(event(0, 0, 1, 'touch'), 'up', toSheet).pointerType).toBe('touch');
		expect(sampleOf(event(0, 0, 1, 'something'), 'up', toSheet).pointerType).toBe('mouse');
	});

	it('unpack every coalesced event of a fast stroke', () => {
		const move = { ...event(40, 40, 30), getCoalescedEvents: () => [event(10, 10, 10), event(20, 20, 20), event(40, 40, 30)] };
		expect(moveSamples(move, toSheet).map((s) => [s.tMs, s.x])).toEqual([[10, 5], [20, 10], [30, 20]]);
		expect(moveSamples(event(8, 8, 5), toSheet).map((s) => s.tMs)).toEqual([5]);
	});
});
