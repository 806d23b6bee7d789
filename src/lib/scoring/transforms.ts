// The scales norm regressions are fitted on (clinical-spec §2 step 1) and their inverses g.

export const transforms = ['none', 'ln', 'sqrt', 'lnln'] as const;
export type Transform = (typeof transforms)[number];

/** Smallest raw values each transform accepts, as the sentence shown when a value is outside. */
const domainRule: Record<Transform, { ok: (raw: number) => boolean; needs: string }> = {
	none: { ok: () => true, needs: 'any number' },
	ln: { ok: (raw) => raw > 0, needs: 'a value above 0' },
	sqrt: { ok: (raw) => raw >= 0, needs: 'a value of 0 or more' },
	// ln ln x is only defined for x > 1 (ln x must itself be positive).
	lnln: { ok: (raw) => raw > 1, needs: 'a value above 1' }
};

/** Null when `raw` can take the transform, else why not (e.g. "ln needs a value above 0"). */
export function transformProblem(transform: Transform, raw: number): string | null {
	if (!Number.isFinite(raw)) return `${raw} is not a finite number`;
	const rule = domainRule[transform];
	return rule.ok(raw) ? null : `${transform} needs ${rule.needs}, got ${raw}`;
}

/**
 * The raw value on the regression scale. Throws outside the transform's domain (check with
 * `transformProblem` first). `forwardTransform('ln', Math.E)` → 1; `forwardTransform('lnln', Math.exp(Math.E))` → 1.
 */
export function forwardTransform(transform: Transform, raw: number): number {
	const problem = transformProblem(transform, raw);
	if (problem !== null) throw new RangeError(problem);
	switch (transform) {
		case 'none':
			return raw;
		case 'ln':
			return Math.log(raw);
		case 'sqrt':
			return Math.sqrt(raw);
		case 'lnln':
			return Math.log(Math.log(raw));
	}
}

/**
 * g: back from the regression scale to raw units. For `sqrt` a negative y (a band below 0 on the
 * square-root scale, e.g. T(−3) of LTT errors) maps to −y², which keeps g increasing, so no
 * count can reach that threshold, exactly as on the transformed scale.
 * `backTransform('ln', 3.185007)` → 24.17 (the NCT-A mean of a 50-year-old); `backTransform('sqrt', -2)` → −4.
 */
export function backTransform(transform: Transform, y: number): number {
	switch (transform) {
		case 'none':
			return y;
		case 'ln':
			return Math.exp(y);
		case 'sqrt':
			return y * Math.abs(y);
		case 'lnln':
			return Math.exp(Math.exp(y));
	}
}
