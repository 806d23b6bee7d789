import { describe, expect, it } from 'vitest';
import { backTransform, forwardTransform, transformProblem, transforms } from './transforms';

describe('transforms', () => {
	it.each(transforms.map((t) => [t]))('%s: g undoes the transform', (transform) => {
		for (const raw of [1.5, 7, 24.2, 143.7]) expect(backTransform(transform, forwardTransform(transform, raw))).toBeCloseTo(raw, 9);
	});

	it.each([
		['ln', 0, /above 0/],
		['lnln', 1, /above 1/],
		['lnln', 0.5, /above 1/],
		['sqrt', -1, /0 or more/],
		['none', Number.NaN, /not a finite number/]
	] as const)('%s refuses %s', (transform, raw, message) => {
		expect(transformProblem(transform, raw)).toMatch(message);
		expect(() => forwardTransform(transform, raw)).toThrow(RangeError);
	});

	it('accepts values inside each domain', () => {
		expect([transformProblem('ln', 0.01), transformProblem('sqrt', 0), transformProblem('lnln', 1.01)]).toEqual([null, null, null]);
	});

	it('keeps g increasing below 0 on the square-root scale', () => {
		expect([backTransform('sqrt', -2), backTransform('sqrt', 0), backTransform('sqrt', 2)]).toEqual([-4, 0, 4]);
	});
});
