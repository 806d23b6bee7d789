// The bundle file's header: what it is, which build wrote it, for which study, from which laptops
// and how many records of each kind; then the records themselves.
import type { Dataset, DatasetKind } from '../../model/dataset';
import type { IsoDateTime } from '../../model/records';

export const bundleFormat = 'hepcog-bundle';
/** Bumped whenever the meaning or shape of the records in a bundle changes. */
export const bundleSchemaVersion = 1;

/** `data`: records of a study; `study`: only the study and its chosen norm sets, to set up another laptop. */
export type BundleKind = 'data' | 'study';

export interface Bundle {
	format: typeof bundleFormat;
	schemaVersion: typeof bundleSchemaVersion;
	kind: BundleKind;
	studyId: string;
	exportedAt: IsoDateTime;
	/** A random UUID naming this export. */
	exportId: string;
	app: { version: string; commit: string };
	/** The laptops whose records the bundle holds, sorted. */
	installationIds: string[];
	counts: Record<DatasetKind, number>;
	records: Dataset;
}

/** What the exporter says about an export besides its records. */
export interface BundleMeta {
	kind?: BundleKind;
	exportedAt: IsoDateTime;
	exportId: string;
	app: { version: string; commit: string };
}
