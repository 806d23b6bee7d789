import type { IsoDateTime } from '../model/records';
import type { ExportFilter } from './filters';

/** What every export format is told besides the data: which build made it, when, and its id. */
export interface ExportOptions {
	/** The app build that exports (the browser's build info, or package.json and git on the command line). */
	app: { version: string; commit: string };
	exportedAt: IsoDateTime;
	/** A random UUID naming this export. */
	exportId: string;
	/** A UTF-8 byte order mark on CSV files, for spreadsheets. */
	bom?: boolean;
	/** The filter the data set was cut with, recorded in the manifest. */
	filter?: ExportFilter;
}
