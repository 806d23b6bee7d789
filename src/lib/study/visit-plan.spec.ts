import { describe, expect, it } from 'vitest';
import { planVisits, visitStatus } from './visit-plan';
import { visitDateProblem } from './visit-validation';

describe('visit plan', () => {
	const plan = [
		{ id: 'm3', name: 'Month 3', targetDay: 90 },
		{ id: 'base', name: 'Baseline', targetDay: 0 }
	];
	let n = 0;
	const visits = planVisits(plan, 'p1', '2026-01-10', () => `id-${n++}`, '2026-01-10T09:00:00.000+07:00');

	it('plans the visits in target order, the baseline held on the baseline date', () => {
		expect(visits.map((v) => [v.name, v.targetDate, v.date])).toEqual([
			['Baseline', '2026-01-10', '2026-01-10'],
			['Month 3', '2026-04-10', null]
		]);
	});

	it.each([
		['2026-03-26', 'planned'],
		['2026-03-27', 'due'],
		['2026-04-24', 'due'],
		['2026-04-25', 'overdue']
	])('a month-3 visit is %s → %s', (today, status) => expect(visitStatus(visits[1]!, today)).toBe(status));

	it('refuses a visit date before baseline or in the future', () => {
		expect(visitDateProblem('2026-01-09', '2026-01-10', '2026-05-01')).toMatch(/before the baseline/);
		expect(visitDateProblem('2026-05-02', '2026-01-10', '2026-05-01')).toMatch(/future/);
		expect(visitDateProblem('2026-02-30', '2026-01-10', '2026-05-01')).toMatch(/real date/);
		expect(visitDateProblem('2026-04-11', '2026-01-10', '2026-05-01')).toBeNull();
	});
});
