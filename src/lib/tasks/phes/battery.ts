// The digital PHES battery: its subtests in the order they are given.
import { nctaSpec, nctbSpec } from './nct/adapter';
import { dstSpec } from './dst/adapter';
import { lttSpec } from './ltt/adapter';
import { sdtSpec } from './sdt/adapter';
import type { PhesSubtestId, SubtestSpec } from './subtest';

// The order of the paper PSE test: NCT-A, NCT-B, DST, SDT, LTT.
export const phesBattery: readonly SubtestSpec[] = [nctaSpec, nctbSpec, dstSpec, sdtSpec, lttSpec];

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
