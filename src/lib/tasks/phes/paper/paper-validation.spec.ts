import { describe, expect, it } from 'vitest';
import { validatePaperPhes, type PaperPhesForm } from './paper-validation';

const good: PaperPhesForm = {
	ncta_s: '34.2',
	nctb_s: '81',
	dst_count: '41',
	dst_time_limit_s: '90',
	sdt_s: '52.75',
	ltt_s: '77.1',
	ltt_errors: '12',
	notes: ' restarted NCT-B once '
};

describe('paper PHES entry', () => {
	it('accepts plausible values and types them', () => {
		expect(validatePaperPhes(good)).toEqual({
			ok: true,
			value: { ncta_s: 34.2, nctb_s: 81, dst_count: 41, dst_time_limit_s: 90, sdt_s: 52.75, ltt_s: 77.1, ltt_errors: 12, notes: 'restarted NCT-B once' }
		});
	});

	it.each<[string, Partial<PaperPhesForm>, keyof PaperPhesForm, RegExp]>([
		['a zero time', { ncta_s: '0' }, 'ncta_s', /more than 0/],
		['a time above 30 minutes', { sdt_s: '1800.5' }, 'sdt_s', /above 30 minutes/],
		['a comma decimal', { ltt_s: '77,1' }, 'ltt_s', /a dot for decimals/],
		['a negative time', { nctb_s: '-4' }, 'nctb_s', /seconds/],
		['a missing value', { ncta_s: '' }, 'ncta_s', /Enter the NCT-A time/],
		['more symbols than the sheet has', { dst_count: '101' }, 'dst_count', /100 items on the sheet/],
		['a fractional error count', { ltt_errors: '2.5' }, 'ltt_errors', /whole number/],
		['a DST time limit the DST is not given with', { dst_time_limit_s: '60' }, 'dst_time_limit_s', /90 s or 120 s/],
		['no DST time limit', { dst_time_limit_s: '' }, 'dst_time_limit_s', /Choose the DST time limit/]
	])('refuses %s', (_what, change, field, message) => {
		const result = validatePaperPhes({ ...good, ...change });
		expect(!result.ok && result.errors[field]).toMatch(message);
	});

	it('records a DST given with 120 s as such', () => {
		const result = validatePaperPhes({ ...good, dst_time_limit_s: '120' });
		expect(result.ok && result.value.dst_time_limit_s).toBe(120);
	});

	it('takes the sheet size from the study', () => {
		expect(validatePaperPhes({ ...good, dst_count: '120' }, { maxTimeS: 1800, dstItems: 133 }).ok).toBe(true);
	});
});
