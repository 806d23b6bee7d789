// German PHES norms "H2019" exactly as in clinical-spec §2 (table of coefficients and residual
// variances). The residual SD is √(residual variance) of the table; zero coefficients are left out.
// Version 1 is kept unchanged (scores made with it name its checksum); version 2 is the same
// coefficients declaring the DST time limit, and is the one studies choose.
import type { PhesNormSet } from '../norm-set';

const higherWorse = 'higher_worse' as const;

/** Version 1: made before norm sets declared their DST time limit, so it scores no DST. */
export const germanH2019v1: PhesNormSet = {
	format: 'hepcog-norm-set',
	formatVersion: 1,
	id: 'german-h2019',
	version: 1,
	name: 'German PHES norms "H2019"',
	population: 'German healthy adults (sample size and age range not stated in the source)',
	n: null,
	citation: 'German "H2019" PHES regression coefficients from a public PSE-Syndrom-Test calculator linked to Hannover Medical School (MHH Neurologie); source code: github.com/wuebbelt/Flask_Neurologie, neurologie.py.',
	sourceNote:
		'The paper behind these coefficients is not identified. These are German norms, not Indonesian norms: use them as a placeholder and for checking the scoring, not for diagnosis in Indonesian participants.',
	test: 'phes',
	administration: 'paper',
	outOfRange: 'flag',
	educationDummies: {
		E2: { minYears: 10, maxYears: 12 },
		E3: { minYears: 13 },
		E23: { minYears: 10 }
	},
	scheme: 'phes6',
	abnormalTotalAtMost: -5,
	values: {
		ncta_s: { kind: 'regression', transform: 'ln', intercept: 2.641457, coefficients: { ageYears: 0.010871 }, residualSd: Math.sqrt(0.079413), direction: higherWorse },
		nctb_s: {
			kind: 'regression',
			transform: 'ln',
			intercept: 3.830604,
			coefficients: { ageYears: 0.010027, E2: -0.184867, E3: -0.34977319 },
			residualSd: Math.sqrt(0.07484),
			direction: higherWorse
		},
		dst_count: {
			kind: 'regression',
			transform: 'ln',
			intercept: 4.103133,
			coefficients: { ageYears: -0.006395, E2: 0.091533, E3: 0.138129, female: 0.076659 },
			residualSd: Math.sqrt(0.025989),
			direction: 'lower_worse'
		},
		sdt_s: { kind: 'regression', transform: 'lnln', intercept: 1.259429, coefficients: { ageYears: 0.001204, E23: -0.026057 }, residualSd: Math.sqrt(0.001729), direction: higherWorse },
		ltt_s: { kind: 'regression', transform: 'ln', intercept: 4.131675, coefficients: { ageYears: 0.003448 }, residualSd: Math.sqrt(0.077122), direction: higherWorse },
		ltt_errors: { kind: 'regression', transform: 'sqrt', intercept: 2.55856, coefficients: { ageYears: 0.051284 }, residualSd: Math.sqrt(3.860729), direction: higherWorse }
	}
};

/**
 * Version 2: version 1 declaring the DST limit of 90 s, the limit of the PSE-Syndrom-Test the
 * coefficients are for (clinical-spec §2). The calculator's source does not state the limit itself.
 */
export const germanH2019: PhesNormSet = {
	...germanH2019v1,
	version: 2,
	sourceNote: `${germanH2019v1.sourceNote} The DST time limit of 90 s is that of the PSE-Syndrom-Test these coefficients are for; the calculator's source does not state it.`,
	dstTimeLimitS: 90
};
