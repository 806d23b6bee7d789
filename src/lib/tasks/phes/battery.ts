// The digital PHES battery: its subtests in the order they are given.
import { nctaSpec, nctbSpec } from './adapters/nct-adapter';
import { sdtSpec } from './adapters/sdt-adapter';
import type { PhesSubtestId, SubtestSpec } from './subtest';

export const phesBattery: readonly SubtestSpec[] = [nctaSpec, nctbSpec, sdtSpec];

export function phesSubtest(id: string): SubtestSpec | undefined {
	return phesBattery.find((spec) => spec.id === id);
}

export const phesSubtestLabels: Readonly<Record<PhesSubtestId, string>> = {
	ncta: 'Number connection test A',
	nctb: 'Number connection test B',
	dst: 'Digit symbol test',
	sdt: 'Serial dotting test',
	ltt: 'Line tracing test'
};
