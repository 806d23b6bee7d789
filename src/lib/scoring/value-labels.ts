// The name of each norm value on screen, in the examiner's language. `valueInfo[value].label` is
// the English one the REDCap data dictionary carries; this one is only shown.
import type { NormValue } from './value-keys';
import { m } from '../i18n/paraglide/messages.js';

const labels: Readonly<Record<NormValue, () => string>> = {
	ncta_s: m.value_ncta_s,
	nctb_s: m.value_nctb_s,
	dst_count: m.value_dst_count,
	sdt_s: m.value_sdt_s,
	ltt_s: m.value_ltt_s,
	ltt_errors: m.value_ltt_errors,
	ltt_combined: m.value_ltt_combined,
	total_time_s: m.value_total_time_s,
	off_time_s: m.value_off_time_s,
	on_time_s: m.value_on_time_s
};

export const valueLabel = (value: NormValue): string => labels[value]();
