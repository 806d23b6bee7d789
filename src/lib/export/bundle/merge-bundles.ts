// Several bundle files of one study merged into one data set, in the order given, by the same
// rule as the browser import (model/merge-plan.ts): what the Import page reads before its preview,
// and what the command line exports and merges. A file that cannot be read refuses the whole
// merge, since a merge missing a laptop's data could pass for complete; conflicts and held-back
// records are listed and the merge goes on.
import { recordCount, type Dataset } from '../../model/dataset';
import { mergeDatasets } from '../../model/dataset-merge';
import type { MergeReason } from '../../model/merge-plan';
import type { BundleKind } from './bundle-format';
import { parseBundle, type ParseBundleOptions } from './parse-bundle';
import { m } from '../../i18n/paraglide/messages.js';

export interface BundleInput {
	/** How the file is named in messages (its path, or its name as chosen). */
	name: string;
	read: () => string | Promise<string>;
}

/** One file as read. */
export interface ReadBundleFile {
	name: string;
	kind: BundleKind;
	studyName: string;
	records: number;
}

/** A record of a later file that was not merged, and why. */
export interface UnmergedRecord {
	file: string;
	outcome: 'conflict' | 'held_back';
	reason: string;
	/** The same reason as data, for a screen in another language. */
	why: MergeReason | null;
}

export type MergedBundles =
	| {
			ok: true;
			dataset: Dataset;
			/** `study` only when every file was a study file. */
			kind: BundleKind;
			files: ReadBundleFile[];
			/** Conflicts and held-back records between the files; the version read first is kept. */
			unmerged: UnmergedRecord[];
	  }
	| { ok: false; problems: { name: string; message: string }[] };

export async function mergeBundleFiles(inputs: readonly BundleInput[], options: ParseBundleOptions = {}): Promise<MergedBundles> {
	if (inputs.length === 0) return { ok: false, problems: [{ name: '', message: m.bundle_no_files() }] };
	let dataset: Dataset | null = null;
	let first: { name: string; studyId: string; studyName: string } | null = null;
	const files: ReadBundleFile[] = [];
	const problems: { name: string; message: string }[] = [];
	const unmerged: UnmergedRecord[] = [];
	for (const { name, read } of inputs) {
		let text: string;
		try {
			text = await read();
		} catch (error) {
			problems.push({ name, message: m.bundle_file_unreadable({ reason: error instanceof Error ? error.message : String(error) }) });
			continue;
		}
		const parsed = parseBundle(text, options);
		if (!parsed.ok) {
			problems.push({ name, message: parsed.message });
			continue;
		}
		const { bundle } = parsed;
		const study = bundle.records.study[0]!;
		first ??= { name, studyId: bundle.studyId, studyName: study.name };
		if (bundle.studyId !== first.studyId) {
			problems.push({
				name,
				message: m.bundle_different_studies({ name: study.name, id: bundle.studyId, first: first.name, firstName: first.studyName, firstId: first.studyId })
			});
			continue;
		}
		files.push({ name, kind: bundle.kind, studyName: study.name, records: recordCount(bundle.records) });
		if (problems.length > 0) continue; // nothing will be merged: only the remaining files are checked
		// The first file is taken as read (an import then decides its records against what is stored).
		if (dataset === null) {
			dataset = bundle.records;
			continue;
		}
		const { merged, plan } = await mergeDatasets(dataset, bundle.records);
		dataset = merged;
		for (const { outcome, reason, why } of plan.records) {
			if (outcome === 'conflict' || outcome === 'held_back') unmerged.push({ file: name, outcome, reason: reason ?? 'No reason was given.', why });
		}
	}
	if (problems.length > 0 || dataset === null) return { ok: false, problems };
	return { ok: true, dataset, kind: files.every((file) => file.kind === 'study') ? 'study' : 'data', files, unmerged };
}

/** A line that says what was merged, e.g. for the command line's report. */
export function mergedSummary(dataset: Dataset, files: number): string {
	return `${files} bundle${files === 1 ? '' : 's'}: ${dataset.participant.length} participants, ${dataset.session.length} sessions, ${recordCount(dataset)} records`;
}
