// The raw values a norm set can model, what kind of number each is and which way is worse
// (clinical-spec §1 outputs, §2 table). Declared once so the schema, scorers and exports agree.
import { transforms, type Transform } from './transforms';

export const phes6Values = ['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_s', 'ltt_errors'] as const;
/** Polish-style scheme: LTT time and errors merged into one weighted value (clinical-spec §2 step 4). */
export const phes5Values = ['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_combined'] as const;
export const phesValues = [...phes6Values, 'ltt_combined'] as const;
export const stroopValues = ['total_time_s', 'off_time_s', 'on_time_s'] as const;

export type PhesValue = (typeof phesValues)[number];
export type StroopValue = (typeof stroopValues)[number];
export type NormValue = PhesValue | StroopValue;
export type PhesScheme = 'phes6' | 'phes5';
export type Direction = 'higher_worse' | 'lower_worse';

export interface ValueInfo {
	label: string;
	kind: 'time' | 'count';
	direction: Direction;
	/** Scales a norm regression of this value may use; see `countTransforms`. */
	transforms: readonly Transform[];
}

/**
 * LTT errors are often 0, where ln and ln ln are undefined, so only none/sqrt. A DST count of 0
 * practically never occurs in a healthy sample and the German H2019 DST model is on the ln scale
 * (clinical-spec §2), so DST may take ln; a DST of 0 is still banded on the raw scale
 * (0 ≤ T(−3) → −3). ln ln is refused for both counts (it needs values above 1).
 */
const countTransforms = { dst_count: ['none', 'sqrt', 'ln'], ltt_errors: ['none', 'sqrt'] } as const;

export const valueInfo: Readonly<Record<NormValue, ValueInfo>> = {
	ncta_s: { label: 'NCT-A time (s)', kind: 'time', direction: 'higher_worse', transforms },
	nctb_s: { label: 'NCT-B time (s)', kind: 'time', direction: 'higher_worse', transforms },
	dst_count: { label: 'DST correct items', kind: 'count', direction: 'lower_worse', transforms: countTransforms.dst_count },
	sdt_s: { label: 'SDT time (s)', kind: 'time', direction: 'higher_worse', transforms },
	ltt_s: { label: 'LTT time (s)', kind: 'time', direction: 'higher_worse', transforms },
	ltt_errors: { label: 'LTT errors', kind: 'count', direction: 'higher_worse', transforms: countTransforms.ltt_errors },
	ltt_combined: { label: 'LTT time + weighted errors (s)', kind: 'time', direction: 'higher_worse', transforms },
	total_time_s: { label: 'Stroop On + Off time (s)', kind: 'time', direction: 'higher_worse', transforms },
	off_time_s: { label: 'Stroop Off time (s)', kind: 'time', direction: 'higher_worse', transforms },
	on_time_s: { label: 'Stroop On time (s)', kind: 'time', direction: 'higher_worse', transforms }
};

/** Column name of each PHES value's band score in results and exports. */
export const phesScoreColumn = {
	ncta_s: 'ncta_score',
	nctb_s: 'nctb_score',
	dst_count: 'dst_score',
	sdt_s: 'sdt_score',
	ltt_s: 'ltt_time_score',
	ltt_errors: 'ltt_errors_score',
	ltt_combined: 'ltt_combined_score'
} as const satisfies Record<PhesValue, string>;

export type PhesScoreColumn = (typeof phesScoreColumn)[PhesValue];

export function schemeValues(scheme: PhesScheme): readonly PhesValue[] {
	return scheme === 'phes6' ? phes6Values : phes5Values;
}
