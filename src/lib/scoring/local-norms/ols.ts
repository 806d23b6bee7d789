// Ordinary least squares for local norms: the published method is a multiple linear regression of
// the transformed measure on age and education, with the residual SD (clinical-spec §2).
import { Matrix, QrDecomposition } from 'ml-matrix';

export interface Predictor {
	name: string;
	values: readonly number[];
}

export interface OlsFit {
	intercept: number;
	coefficients: Record<string, number>;
	/** √(RSS / (n − p)), p counting the intercept. */
	residualSd: number;
	rSquared: number;
	n: number;
	fitted: number[];
}

/**
 * Fits y = b0 + Σ bj·xj by QR decomposition (ml-matrix), which is numerically safer than the
 * normal equations. y = 1 + 2x on x = 0, 1, 2, 3 with residuals +0.1, −0.1, −0.1, +0.1 gives
 * b0 = 1, b1 = 2, RSS = 0.04, residual SD = √(0.04 / 2) = 0.141.
 */
export function fitOls(y: readonly number[], predictors: readonly Predictor[]): { ok: true; fit: OlsFit } | { ok: false; message: string } {
	const n = y.length;
	const p = predictors.length + 1;
	if (predictors.some((x) => x.values.length !== n)) return { ok: false, message: 'Every predictor needs one value per observation.' };
	if (n <= p) return { ok: false, message: `${n} observations cannot fit ${p} coefficients.` };
	const design = new Matrix(y.map((_, i) => [1, ...predictors.map((x) => x.values[i] as number)]));
	const qr = new QrDecomposition(design);
	const diagonal = qr.upperTriangularMatrix.diag().map(Math.abs);
	const largest = Math.max(...diagonal);
	// A covariate that is constant in the sample (e.g. nobody with ≥ 13 school years) or a copy of
	// another cannot be estimated; QR shows it as a (near-)zero pivot.
	const weak = diagonal.findIndex((d) => d <= largest * 1e-10);
	if (weak >= 0) {
		const name = weak === 0 ? 'the intercept' : predictors[weak - 1]?.name;
		return { ok: false, message: `The coefficients cannot all be estimated: ${name} is constant in the data or duplicates another covariate.` };
	}
	const beta = qr.solve(Matrix.columnVector([...y])).getColumn(0);
	const fitted = design.mmul(Matrix.columnVector(beta)).getColumn(0);
	const mean = y.reduce((sum, v) => sum + v, 0) / n;
	const rss = y.reduce((sum, v, i) => sum + (v - (fitted[i] as number)) ** 2, 0);
	const tss = y.reduce((sum, v) => sum + (v - mean) ** 2, 0);
	return {
		ok: true,
		fit: {
			intercept: beta[0] as number,
			coefficients: Object.fromEntries(predictors.map((x, j) => [x.name, beta[j + 1] as number])),
			residualSd: Math.sqrt(rss / (n - p)),
			rSquared: tss > 0 ? 1 - rss / tss : 0,
			n,
			fitted
		}
	};
}
