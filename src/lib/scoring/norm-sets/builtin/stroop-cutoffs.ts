// Published EncephalApp Stroop cutoffs, abnormal if greater (clinical-spec §1). Each was set by
// ROC in patients with cirrhosis on touch devices, so it is a cutoff, not an age-adjusted norm.
import type { StroopNormSet } from '../norm-set';

interface CutoffSource {
	id: string;
	name: string;
	population: string;
	citation: string;
	sourceNote: string;
	totalAboveS: number;
	offAboveS?: number;
}

function cutoffSet(source: CutoffSource): StroopNormSet {
	const { totalAboveS, offAboveS, ...label } = source;
	return {
		format: 'hepcog-norm-set',
		formatVersion: 1,
		...label,
		version: 1,
		n: null,
		test: 'stroop',
		administration: 'touch',
		outOfRange: 'flag',
		educationDummies: {},
		values: {
			total_time_s: { kind: 'cutoff', abnormalAbove: totalAboveS },
			...(offAboveS !== undefined ? { off_time_s: { kind: 'cutoff' as const, abnormalAbove: offAboveS } } : {})
		}
	};
}

export const stroopCutoffSets: readonly StroopNormSet[] = [
	cutoffSet({
		id: 'us-encephalapp-2015',
		name: 'EncephalApp Stroop, USA 2015 (On + Off > 190 s)',
		population: 'US patients with cirrhosis (EncephalApp validation)',
		citation: 'Bajaj JS, et al. Validation of EncephalApp, smartphone-based Stroop test, for the diagnosis of covert hepatic encephalopathy. Clin Gastroenterol Hepatol 2015;13(10):1828–1835.e1. PMID 24846278.',
		sourceNote: 'Cutoff for On + Off time > 190 s, AUC 0.91. The paper also gives age-split cutoffs (< 45 / ≥ 45 years) that are not available to us.',
		totalAboveS: 190
	}),
	cutoffSet({
		id: 'us-encephalapp-2013',
		name: 'Stroop App, USA 2013 (On + Off > 274.9 s)',
		population: 'US patients with cirrhosis (original Stroop smartphone app)',
		citation: 'Bajaj JS, Thacker LR, Heuman DM, et al. The Stroop smartphone application is a short and valid method to screen for minimal hepatic encephalopathy. Hepatology 2013;58(3):1122–32. doi:10.1002/hep.26309.',
		sourceNote: 'Cutoff for On + Off time > 274.9 s from the original 2013 app, an earlier version than EncephalApp.',
		totalAboveS: 274.9
	}),
	cutoffSet({
		id: 'china-2019',
		name: 'EncephalApp Stroop, China 2019 (On + Off > 186.63 s; Off > 97.34 s)',
		population: 'Chinese patients with cirrhosis (Chinese translation)',
		citation: 'Zeng X, Li XX, Shi PM, et al. Utility of the EncephalApp Stroop Test for covert hepatic encephalopathy screening in Chinese cirrhotic patients. J Gastroenterol Hepatol 2019;34(10):1843–1850.',
		sourceNote: 'Cutoffs On + Off time > 186.63 s and Off time alone > 97.34 s.',
		totalAboveS: 186.63,
		offAboveS: 97.34
	}),
	cutoffSet({
		id: 'china-nonalcoholic-2024',
		name: 'EncephalApp Stroop, China 2024, non-alcoholic cirrhosis (On + Off > 205.86 s; Off > 101.93 s)',
		population: 'Chinese patients with non-alcoholic cirrhosis (Beijing), tested on iPad',
		citation: 'Jiang TT, Liu XL, Yu H, et al. External validation of EncephalApp Stroop test to screen minimal hepatic encephalopathy patients with nonalcoholic cirrhosis. World J Hepatol 2024;16(12):1450–1457. doi:10.4254/wjh.v16.i12.1450.',
		sourceNote: 'Cutoffs On + Off time > 205.86 s and Off time alone > 101.93 s; tested on iPad.',
		totalAboveS: 205.86,
		offAboveS: 101.93
	}),
	cutoffSet({
		id: 'brazil-2022',
		name: 'EncephalApp Stroop, Brazil 2022 (On + Off > 269.8 s)',
		population: 'Brazilian patients with cirrhosis and healthy controls (Campinas)',
		citation: 'Cunha-Silva M, et al. EncephalApp Stroop Test validation for the screening of minimal hepatic encephalopathy in Brazil. Ann Hepatol 2022;27(1):100543.',
		sourceNote: 'Cutoff On + Off time > 269.8 s: sensitivity 87 %, specificity 77 %. No effect of age, sex or education on the Stroop results there.',
		totalAboveS: 269.8
	})
];
