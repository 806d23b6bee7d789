import { expect, type Page } from '@playwright/test';
import { fillParticipantForm } from './participants';

// Healthy controls whose paper PHES values come from a known model, so the local-norm fit the app
// shows can be checked against numbers computed here, independently of the app's code.

export const phesKeys = ['ncta_s', 'nctb_s', 'dst_count', 'sdt_s', 'ltt_s', 'ltt_errors'] as const;
export type PhesKey = (typeof phesKeys)[number];
export type PaperPhes = Record<PhesKey, string>;

interface KnownModel {
	transform: 'ln' | 'sqrt';
	intercept: number;
	age: number;
	sd: number;
	direction: 'higher_worse' | 'lower_worse';
	/** How the value is typed: seconds with one decimal, or a whole count. */
	typed: 'time' | 'count';
}

/** transformed value = intercept + age × years + residual (ln for times and DST, √ for LTT errors). */
export const knownModel: Record<PhesKey, KnownModel> = {
	ncta_s: { transform: 'ln', intercept: 2.64, age: 0.0109, sd: 0.28, direction: 'higher_worse', typed: 'time' },
	nctb_s: { transform: 'ln', intercept: 3.6, age: 0.01, sd: 0.27, direction: 'higher_worse', typed: 'time' },
	dst_count: { transform: 'ln', intercept: 4.1, age: -0.0064, sd: 0.16, direction: 'lower_worse', typed: 'count' },
	sdt_s: { transform: 'ln', intercept: 3.2, age: 0.006, sd: 0.13, direction: 'higher_worse', typed: 'time' },
	ltt_s: { transform: 'ln', intercept: 4.13, age: 0.0034, sd: 0.27, direction: 'higher_worse', typed: 'time' },
	ltt_errors: { transform: 'sqrt', intercept: 1.5, age: 0.04, sd: 0.6, direction: 'higher_worse', typed: 'count' }
};

const forward = (t: KnownModel['transform'], x: number) => (t === 'ln' ? Math.log(x) : Math.sqrt(x));
const back = (t: KnownModel['transform'], y: number) => (t === 'ln' ? Math.exp(y) : y * Math.abs(y));
const typed = (model: KnownModel, y: number) => {
	const raw = back(model.transform, y);
	return model.typed === 'time' ? raw.toFixed(1) : String(Math.max(0, Math.round(raw)));
};

export interface Control {
	code: string;
	age: number;
	birthDate: string;
	educationYears: number;
	sex: 'm' | 'f';
	phes: PaperPhes;
}

/**
 * Control i of n: ages 22, 25, … (every 3 years), born 15 March so the age on the 2026-11-02
 * baseline is exact. Residuals follow +1, −1, −1, +1 SD in blocks of four, which sum to zero and
 * are uncorrelated with age, so the fit on exact values would give the model back exactly.
 */
export function control(i: number): Control {
	const age = 22 + 3 * i;
	const residual = [1, -1, -1, 1][i % 4] as number;
	const phes = Object.fromEntries(
		phesKeys.map((key) => {
			const m = knownModel[key];
			return [key, typed(m, m.intercept + m.age * age + residual * m.sd)];
		})
	) as PaperPhes;
	return {
		code: `HC-${String(i + 1).padStart(2, '0')}`,
		age,
		birthDate: `${2026 - age}-03-15`,
		educationYears: [6, 9, 12, 16, 14][i % 5] as number,
		sex: i % 2 === 0 ? 'm' : 'f',
		phes
	};
}

export interface LineFit {
	intercept: number;
	age: number;
	residualSd: number;
}

/** Simple linear regression of the transformed typed values on age, as the app must compute it. */
export function fitOnAge(controls: readonly Control[], key: PhesKey): LineFit {
	const model = knownModel[key];
	const xs = controls.map((c) => c.age);
	const ys = controls.map((c) => forward(model.transform, Number(c.phes[key])));
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] as number) - my), 0);
	const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
	const slope = sxy / sxx;
	const intercept = my - slope * mx;
	const rss = xs.reduce((sum, x, i) => sum + ((ys[i] as number) - intercept - slope * x) ** 2, 0);
	return { intercept, age: slope, residualSd: Math.sqrt(rss / (n - 2)) };
}

/** A value typed for someone of `age` at `z` residual SDs from the fitted expectation. */
export function valueAt(key: PhesKey, fit: LineFit, age: number, z: number): string {
	return typed(knownModel[key], fit.intercept + fit.age * age + z * fit.residualSd);
}

/** The band score of a typed value (clinical-spec §2 step 3), boundaries in the worse band. */
export function bandOf(key: PhesKey, fit: LineFit, age: number, value: string): number {
	const model = knownModel[key];
	const m = fit.intercept + fit.age * age;
	const t = (k: number) => back(model.transform, m + k * fit.residualSd);
	const raw = Number(value);
	if (model.direction === 'higher_worse') {
		if (raw >= t(3)) return -3;
		if (raw >= t(2)) return -2;
		if (raw >= t(1)) return -1;
		return raw <= t(-1) ? 1 : 0;
	}
	if (raw <= t(-3)) return -3;
	if (raw <= t(-2)) return -2;
	if (raw <= t(-1)) return -1;
	return raw >= t(1) ? 1 : 0;
}

/** Creates a participant in the Healthy control arm through the form, as an examiner would. */
export async function createControl(page: Page, c: Pick<Control, 'code' | 'birthDate' | 'educationYears' | 'sex'>): Promise<void> {
	await page.goto('/participants/edit');
	await fillParticipantForm(page, { code: c.code, birthDate: c.birthDate, educationYears: String(c.educationYears), baselineDate: '2026-11-02' });
	await page.getByLabel('Sex').selectOption(c.sex);
	await page.getByLabel('Study arm').selectOption({ label: 'Healthy control' });
	await page.getByRole('button', { name: 'Create participant' }).click();
	await expect(page.getByRole('heading', { name: `Participant ${c.code}` })).toBeVisible();
}

const paperLabels: Record<PhesKey, string> = {
	ncta_s: 'NCT-A time (s)',
	nctb_s: 'NCT-B time (s)',
	dst_count: 'DST correct symbols',
	sdt_s: 'SDT time (s)',
	ltt_s: 'LTT time (s)',
	ltt_errors: 'LTT errors'
};

/** From the participant's page: Baseline visit → "Enter a paper PHES" → values → save; ends on the results page. */
export async function enterBaselinePaperPhes(page: Page, code: string, phes: PaperPhes): Promise<void> {
	await page.getByRole('link', { name: 'Baseline', exact: true }).click();
	await page.getByRole('link', { name: 'Enter a paper PHES' }).click();
	await expect(page.getByRole('heading', { name: `Paper PHES — ${code}, Baseline` })).toBeVisible();
	await page.getByLabel('Examiner').fill('Dr Test');
	for (const key of phesKeys) await page.getByLabel(paperLabels[key], { exact: true }).fill(phes[key]);
	await page.getByRole('button', { name: 'Save the paper PHES' }).click();
	await expect(page).toHaveURL(/\/review\?session=/);
}
