import { describe, it, expect } from 'vitest';
import { formForVisit } from './rotation';

const forms = ['f-1', 'f-2', 'f-3', 'f-4'] as const;

describe('formForVisit', () => {
	it('gives visit i the form i mod the number of forms', () => {
		expect([0, 1, 2, 3, 4, 5, 9].map((visit) => formForVisit(forms, visit))).toEqual([
			'f-1',
			'f-2',
			'f-3',
			'f-4',
			'f-1',
			'f-2',
			'f-2'
		]);
	});

	it('gives consecutive visits different forms', () => {
		for (let visit = 0; visit < 20; visit++) expect(formForVisit(forms, visit)).not.toBe(formForVisit(forms, visit + 1));
	});

	it('refuses bad visit indices and an empty form list', () => {
		expect(() => formForVisit(forms, -1)).toThrow(RangeError);
		expect(() => formForVisit(forms, 1.5)).toThrow(RangeError);
		expect(() => formForVisit([], 0)).toThrow(RangeError);
	});
});
