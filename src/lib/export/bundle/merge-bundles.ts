// Several bundle files of one study merged into one data set, in the order given, by the same
// rule as the browser import (model/merge-plan.ts): what the command line exports and merges.
// A file that cannot be read refuses the whole merge, since an export missing a laptop's data
// could pass for complete; conflicts and held-back records are listed and the merge goes on.
import { emptyDataset, recordCount, type Dataset } from '../../model/dataset';
import { mergeDatasets } from '../../model/dataset-merge';
import type { BundleKind } from './bundle-format';
import { parseBundle, type ParseBundleOptions } from './parse-bundle';

export interface BundleInput {
	/** How the file is named in messages (its path). */
	name: string;
	read: () => string | Promise<string>;
}

export type MergedBundles =
	| {
			ok: true;
			dataset: Dataset;
			/** `study` only when every file was a study file. */
			kind: BundleKind;
			/** Conflicts and held-back records, one line each, naming the file they came from. */
			notes: string[];
	  }
	| { ok: false; problems: string[] };

export async function mergeBundleFiles(inputs: readonly BundleInput[], options: ParseBundleOptions = {}): Promise<MergedBundles> {
	if (inputs.length === 0) return { ok: false, problems: ['No bundle files were given.'] };
	let dataset = emptyDataset();
	let first: { name: string; studyId: string; studyName: string } | null = null;
	let allStudyFiles = true;
	const problems: string[] = [];
	const notes: string[] = [];
	for (const input of inputs) {
		let text: string;
		try {
			text = await input.read();
		} catch (error) {
			problems.push(`${input.name}: cannot be read (${error instanceof Error ? error.message : String(error)}).`);
			continue;
		}
		const parsed = parseBundle(text, options);
		if (!parsed.ok) {
			problems.push(`${input.name}: ${parsed.message}`);
			continue;
		}
		const { bundle } = parsed;
		const study = bundle.records.study[0]!;
		first ??= { name: input.name, studyId: bundle.studyId, studyName: study.name };
		if (bundle.studyId !== first.studyId) {
			problems.push(`${input.name}: belongs to the study “${study.name}” (${bundle.studyId}), but ${first.name} to “${first.studyName}” (${first.studyId}); merge the bundles of one study only.`);
			continue;
		}
		allStudyFiles &&= bundle.kind === 'study';
		if (problems.length > 0) continue; // nothing will be written: only the remaining files are checked
		const { merged, plan } = await mergeDatasets(dataset, bundle.records);
		dataset = merged;
		for (const item of plan.records) if (item.outcome === 'conflict' || item.outcome === 'held_back') notes.push(`${input.name}: ${item.outcome === 'conflict' ? 'conflict' : 'held back'}: ${item.reason}`);
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, dataset, kind: allStudyFiles ? 'study' : 'data', notes };
}

/** A line that says what was merged, e.g. for the command line's report. */
export function mergedSummary(dataset: Dataset, files: number): string {
	return `${files} bundle${files === 1 ? '' : 's'}: ${dataset.participant.length} participants, ${dataset.session.length} sessions, ${recordCount(dataset)} records`;
}
