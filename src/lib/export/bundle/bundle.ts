// The JSON bundle: every record needed to rebuild a study's data (or, as a study file, the study
// and the norm sets it chose). Writing one is here; reading one is parse-bundle.ts; importing one
// merges it by the one merge rule (model/merge-plan.ts).
import { datasetKinds, emptyDataset, type Dataset, type DatasetKind, type DatasetRecord } from '../../model/dataset';
import { bundleFormat, bundleSchemaVersion, type Bundle, type BundleMeta } from './bundle-format';

export { bundleFormat, bundleSchemaVersion, type Bundle, type BundleKind, type BundleMeta } from './bundle-format';
export { parseBundle, type ParseBundleOptions, type ParsedBundle } from './parse-bundle';

/** The bundle of a data set holding exactly one study. */
export function bundleOf(dataset: Dataset, meta: BundleMeta): Bundle {
	if (dataset.study.length !== 1) throw new Error(`A bundle holds exactly one study; this data set holds ${dataset.study.length}.`);
	const records = emptyDataset();
	for (const kind of datasetKinds) (records[kind] as DatasetRecord[]) = [...(dataset[kind] as DatasetRecord[])];
	const installations = new Set(datasetKinds.flatMap((kind) => (dataset[kind] as DatasetRecord[]).map((record) => record.installationId)));
	return {
		format: bundleFormat,
		schemaVersion: bundleSchemaVersion,
		kind: meta.kind ?? 'data',
		studyId: dataset.study[0]!.id,
		exportedAt: meta.exportedAt,
		exportId: meta.exportId,
		app: { version: meta.app.version, commit: meta.app.commit },
		installationIds: [...installations].sort(),
		counts: Object.fromEntries(datasetKinds.map((kind) => [kind, dataset[kind].length])) as Record<DatasetKind, number>,
		records
	};
}

/** The bundle as a file: compact JSON, header first, records by kind in merge order. */
export function serializeBundle(dataset: Dataset, meta: BundleMeta): string {
	return JSON.stringify(bundleOf(dataset, meta));
}

/** What a study file carries: the study and those of its chosen norm sets that are stored (built-in sets come with every build). */
export function studyDatasetOf(dataset: Dataset): Dataset {
	const [study] = dataset.study;
	const chosen = new Set([study?.phesNormSetKey, study?.stroopNormSetKey].filter((key): key is string => typeof key === 'string'));
	return { ...emptyDataset(), study: [...dataset.study], normSet: dataset.normSet.filter((set) => chosen.has(set.key)) };
}

/** The study file that sets another laptop up with this study: the same ids everywhere. */
export function studyFileOf(dataset: Dataset, meta: Omit<BundleMeta, 'kind'>): string {
	return serializeBundle(studyDatasetOf(dataset), { ...meta, kind: 'study' });
}
