// What tasks, PHES subtests and batteries are called on the examiner's screen, in the UI
// language. The definitions' own English labels stay as they are: the codebook and the exports
// carry them.
import { m } from '../i18n/paraglide/messages.js';

const subtestLabels: Record<string, () => string> = {
	ncta: m.phes_subtest_ncta,
	nctb: m.phes_subtest_nctb,
	dst: m.phes_subtest_dst,
	sdt: m.phes_subtest_sdt,
	ltt: m.phes_subtest_ltt
};

const taskLabels: Record<string, () => string> = {
	stroop: m.task_label_stroop,
	phes_digital: m.task_label_phes_digital,
	phes_paper: m.task_label_phes_paper,
	ncta: m.task_label_ncta,
	nctb: m.task_label_nctb,
	dst: m.task_label_dst,
	sdt: m.task_label_sdt,
	ltt: m.task_label_ltt
};

/** A PHES subtest (`ncta`, …) by its name; an unknown id is shown as it is. */
export const phesSubtestLabel = (id: string): string => subtestLabels[id]?.() ?? id;

/** A task (`stroop`, `ncta`, `phes_paper`, …) by its name; an unknown id is shown as it is. */
export const taskLabel = (id: string): string => taskLabels[id]?.() ?? id;

/** A session's battery: the digital PHES battery, or the one task the session gave. */
export const batteryLabel = (battery: string): string => (battery === 'phes' ? m.battery_label_phes() : taskLabel(battery));
