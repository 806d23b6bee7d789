import type { ScoreFlag } from './score-gate';
import { m } from '../i18n/paraglide/messages.js';

/** What each score flag means, as the results page and the codebook say it. */
export const scoreFlagDescriptions: Readonly<Record<ScoreFlag, string>> = {
	outside_norm_range: 'The participant is outside the covariate range of the norm sample',
	missing_covariate: 'A covariate the norm set needs is unknown, so no score was given',
	paper_norms_on_digital: 'Paper norms applied to a digital administration',
	digital_norms_on_paper: 'Digital norms applied to a paper administration',
	modality_differs_from_norms: 'The norms were made with another input modality (touch) than this session used',
	dst_rescaled:
		'The DST was given with another time limit than the norm set’s DST norms; as the set allows, the count was rescaled linearly (count × norm limit / given limit) before scoring',
	administration_invalid: 'A subtest has no valid run (the administration was judged invalid), so the PHES total is not scorable',
	validity_overridden: 'The examiner overrode an invalid verdict of a subtest run; the score counts that run (see the reason)'
};

// The same meanings in the examiner's language, for the screen only: the codebook and exports
// keep the English above, and a stored score keeps only the flag's code.
const flagTexts: Readonly<Record<ScoreFlag, () => string>> = {
	outside_norm_range: m.flag_outside_norm_range,
	missing_covariate: m.flag_missing_covariate,
	paper_norms_on_digital: m.flag_paper_norms_on_digital,
	digital_norms_on_paper: m.flag_digital_norms_on_paper,
	modality_differs_from_norms: m.flag_modality_differs_from_norms,
	dst_rescaled: m.flag_dst_rescaled,
	administration_invalid: m.flag_administration_invalid,
	validity_overridden: m.flag_validity_overridden
};

/** What a stored flag means, in the UI language; an unknown code (from a newer app) is shown as it is. */
export function scoreFlagText(flag: string): string {
	return Object.hasOwn(flagTexts, flag) ? flagTexts[flag as ScoreFlag]() : flag;
}
