import { describe, expect, it } from 'vitest';
import { valueInfo, type NormValue } from './value-keys';
import { valueLabel } from './value-labels';
import { withLocale } from '../i18n/with-locale';

describe('value labels on screen', () => {
	const values = Object.keys(valueInfo) as NormValue[];

	it('are the data dictionary’s English labels in English', () => {
		for (const value of values) expect(valueLabel(value)).toBe(valueInfo[value].label);
	});

	it('are Indonesian on an Indonesian screen, while the dictionary’s stay English', () => {
		expect(withLocale('id', () => valueLabel('dst_count'))).toBe('Butir DST yang benar');
		expect(withLocale('id', () => values.map(valueLabel)).filter((label, i) => label === valueInfo[values[i]!].label)).toEqual([]);
		expect(withLocale('id', () => valueInfo.dst_count.label)).toBe('DST correct items');
	});
});
