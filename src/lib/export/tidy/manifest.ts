// manifest.json: what a tidy export is and how to check it — the build that made it, the export
// schema version, the filter, the norm sets the scores used (id, version, checksum), the
// installations the records come from, the browsers, measured refresh rates and timing methods of
// the sessions, interruptions, and every file with its row count, size and SHA-256.
import type { Dataset } from '../../model/dataset';
import { datasetKinds } from '../../model/dataset';
import type { SessionRecord } from '../../model/records';
import type { DeviceCheck } from '../../session/provenance';
import type { ExportOptions } from '../export-options';
import { bytesOf, sha256Hex, type ExportFile } from '../files';
import { isInterruptionEvent } from './interruption-count';

/** Bumped whenever a file, column or manifest key of the tidy export changes meaning or goes away. */
export const tidyExportSchemaVersion = 1;
const manifestPath = 'manifest.json';

/** Provenance keys the manifest sums up (sessionProvenance in session/provenance.ts writes them). */
const refreshRateKey: keyof DeviceCheck = 'refreshRateHz';
const isolationKey: keyof DeviceCheck = 'crossOriginIsolated';
const onsetMethodKey: keyof DeviceCheck = 'onsetMethod';
const userAgentKey = 'userAgent';
const responseSourceKey = 'responseTimeSource';
const appVersionKey = 'appVersion';
const appCommitKey = 'appCommit';

export interface ManifestFile {
	path: string;
	/** Data rows (the header not counted); null for a file that is not a table. */
	rows: number | null;
	bytes: number;
	sha256: string;
}

/** How many sessions give each value of a provenance key, most frequent first; unrecorded as "". */
function tally(sessions: readonly SessionRecord[], key: string): { value: string; sessions: number }[] {
	const counts = new Map<string, number>();
	for (const session of sessions) {
		const value = session.provenance[key];
		const text = value === null || value === undefined ? '' : String(value);
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts]
		.map(([value, count]) => ({ value, sessions: count }))
		.sort((a, b) => b.sessions - a.sessions || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function refreshRates(sessions: readonly SessionRecord[]) {
	const rates = sessions
		.map((s) => s.provenance[refreshRateKey])
		.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (rates.length === 0) return { sessions: 0, min: null, median: null, max: null };
	const middle = Math.floor(rates.length / 2);
	const median = rates.length % 2 === 1 ? rates[middle]! : (rates[middle - 1]! + rates[middle]!) / 2;
	return { sessions: rates.length, min: rates[0]!, median, max: rates[rates.length - 1]! };
}

function normSetsUsed(dataset: Dataset) {
	const used = new Map<string, { id: string; version: number; checksum: string; scores: number; current_scores: number }>();
	for (const score of dataset.score) {
		if (score.refusal !== null || score.normSetChecksum === '') continue;
		const key = `${score.normSetId}@${score.normSetVersion}#${score.normSetChecksum}`;
		const entry = used.get(key) ?? { id: score.normSetId, version: score.normSetVersion, checksum: score.normSetChecksum, scores: 0, current_scores: 0 };
		used.set(key, entry);
		entry.scores++;
		if (score.supersededAt === null) entry.current_scores++;
	}
	return [...used.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

function installationIds(dataset: Dataset): string[] {
	const ids = new Set<string>();
	for (const kind of datasetKinds) for (const record of dataset[kind]) ids.add(record.installationId);
	return [...ids].sort();
}

function interruptions(dataset: Dataset) {
	const byType: Record<string, number> = {};
	const sessions = new Set<string>();
	let events = 0;
	for (const event of dataset.event) {
		if (!isInterruptionEvent(event)) continue;
		events++;
		sessions.add(event.sessionId);
		byType[event.type] = (byType[event.type] ?? 0) + 1;
	}
	const sortedByType = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1)));
	return { events, sessions: sessions.size, by_type: sortedByType };
}

/** Each file's row count, size and SHA-256 (of its bytes as written, BOM included). */
export async function manifestFiles(files: readonly ExportFile[], rows: ReadonlyMap<string, number>): Promise<ManifestFile[]> {
	return Promise.all(
		files.map(async (file) => {
			const bytes = bytesOf(file);
			return { path: file.path, rows: rows.get(file.path) ?? null, bytes: bytes.length, sha256: await sha256Hex(bytes) };
		})
	);
}

export function tidyManifest(dataset: Dataset, options: ExportOptions, files: readonly ManifestFile[]): ExportFile {
	const sessions = dataset.session;
	const isolation = tally(sessions, isolationKey);
	const manifest = {
		format: 'hepcog-tidy',
		export_schema_version: tidyExportSchemaVersion,
		export_id: options.exportId,
		exported_at: options.exportedAt,
		app: { version: options.app.version, commit: options.app.commit },
		filter: options.filter ?? null,
		studies: dataset.study.map((s) => ({ id: s.id, name: s.name })),
		norm_sets: normSetsUsed(dataset),
		refused_scores: dataset.score.filter((s) => s.refusal !== null).length,
		installation_ids: installationIds(dataset),
		sessions: {
			count: sessions.length,
			app_versions: tally(sessions, appVersionKey),
			app_commits: tally(sessions, appCommitKey),
			browsers: tally(sessions, userAgentKey),
			refresh_rate_hz: refreshRates(sessions),
			onset_methods: tally(sessions, onsetMethodKey),
			response_time_sources: tally(sessions, responseSourceKey),
			cross_origin_isolated: {
				yes: isolation.find((v) => v.value === 'true')?.sessions ?? 0,
				no: isolation.find((v) => v.value === 'false')?.sessions ?? 0,
				not_recorded: isolation.find((v) => v.value === '')?.sessions ?? 0
			}
		},
		interruptions: interruptions(dataset),
		files
	};
	return { path: manifestPath, data: `${JSON.stringify(manifest, null, 2)}\n` };
}
