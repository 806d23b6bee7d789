// Alternate forms are handed to a study's visits in a fixed rotation (clinical-spec §2, repeated
// visits): visit i gets form i mod the number of forms. The form id is stored with every result,
// so the rotation can always be checked afterwards.

/**
 * The form for a visit, counting visits from 0 (the baseline visit).
 * @example formForVisit(['ncta-1', 'ncta-2', 'ncta-3', 'ncta-4'], 5) → 'ncta-2'
 */
export function formForVisit<F>(forms: readonly F[], visitIndex: number): F {
	if (!Number.isInteger(visitIndex) || visitIndex < 0) {
		throw new RangeError(`Visit index must be an integer ≥ 0, got ${visitIndex}`);
	}
	const form = forms[visitIndex % forms.length];
	if (form === undefined) throw new RangeError('There are no forms to rotate through');
	return form;
}
