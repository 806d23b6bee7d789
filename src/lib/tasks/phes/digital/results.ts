// The one rule for a visit's six digital PHES values: each subtest's value comes from its last
// valid complete run over every PHES session of the visit (tasks/counting-run.ts). Scoring on
// completion, the results page, the repair on opening a visit and the local-norms builder all
// call this, so they can never disagree about which run counts.
import type { CellValue, TaskRunRecord } from '../../../model/records';
import { countingRun } from '../../counting-run';
import { digitalPhesSources, digitalPhesSubtests, type DigitalPhesValue } from './definition';
import type { ValidityOverride } from './validity-override';

export type Subtest = (typeof digitalPhesSubtests)[number];

/** One subtest at the visit: the run that counts, or why none does. */
export interface SubtestGathering {
	task: Subtest;
	/** The last valid (or overridden) complete run; null when none. */
	counted: TaskRunRecord | null;
	/** The last complete run, valid or not (what the verdict below is about); null when none completed. */
	lastComplete: TaskRunRecord | null;
	/** `missing`: no complete run yet; `invalid`: complete runs, none valid. */
	verdict: 'valid' | 'overridden' | 'invalid' | 'missing';
	/** Why the last complete run is invalid (its `invalid_reasons`), when no run counts. */
	reasons: string;
	override: ValidityOverride | null;
}

export interface DigitalPhesGathering {
	/** Every subtest has at least one complete run: the battery has been given in full. */
	complete: boolean;
	/** `valid` when every subtest has a run that counts. */
	validity: 'valid' | 'invalid';
	/** Each subtest without a valid run with its reasons, as the examiner reads them. */
	invalidReasons: string[];
	values: Record<DigitalPhesValue, number | null>;
	/** The run each value comes from (run id per value); null where no run counts. */
	sources: Record<DigitalPhesValue, string | null>;
	/** The counted DST run's time limit, so scoring can check it against the norms'. */
	dstTimeLimitS: number | null;
	subtests: SubtestGathering[];
	overrides: ValidityOverride[];
}

const subtestNames: Record<Subtest, string> = { ncta: 'NCT-A', nctb: 'NCT-B', dst: 'DST', sdt: 'SDT', ltt: 'LTT' };

const byStart = (a: TaskRunRecord, b: TaskRunRecord) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

function gatherSubtest(task: Subtest, runs: readonly TaskRunRecord[], overrides: ReadonlyMap<string, ValidityOverride>): SubtestGathering {
	const counted = countingRun(runs, [task], new Set(overrides.keys())) ?? null;
	const lastComplete = runs.filter((r) => r.task === task && r.status === 'complete').at(-1) ?? null;
	const override = counted && counted.summary?.validity === 'invalid' ? (overrides.get(counted.id) ?? null) : null;
	const verdict = counted ? (override ? 'overridden' : 'valid') : lastComplete ? 'invalid' : 'missing';
	const reasons = verdict === 'invalid' ? String(lastComplete?.summary?.invalid_reasons ?? '') || 'judged invalid' : '';
	return { task, counted, lastComplete, verdict, reasons, override };
}

/**
 * Gathers a visit's digital PHES from its subtest runs (any order; other tasks are ignored) and the
 * examiner's overrides. E.g. NCT-A 31.2 s, NCT-B 80.4 s, DST 44 in 90 s, SDT 50.1 s, LTT 95.0 s with 7
 * excursions, each from its last valid run; an LTT whose only run was a straight stroke gives no
 * LTT values and a verdict `invalid` with the LTT's reasons.
 */
export function gatherDigitalPhes(runs: readonly TaskRunRecord[], overrides: readonly ValidityOverride[] = []): DigitalPhesGathering {
	const ordered = runs.filter((r) => r.administration === 'digital').sort(byStart);
	const overrideOf = new Map(overrides.map((o) => [o.taskRunId, o]));
	const subtests = digitalPhesSubtests.map((task) => gatherSubtest(task, ordered, overrideOf));
	const counted = new Map(subtests.map((s) => [s.task, s.counted]));
	const values = {} as Record<DigitalPhesValue, number | null>;
	const sources = {} as Record<DigitalPhesValue, string | null>;
	for (const [value, [task, column]] of Object.entries(digitalPhesSources) as [DigitalPhesValue, readonly [Subtest, string]][]) {
		const run = counted.get(task) ?? null;
		const raw = run?.summary?.[column];
		values[value] = typeof raw === 'number' ? raw : null;
		sources[value] = typeof raw === 'number' ? run!.id : null;
	}
	const dst = counted.get('dst');
	const limit = dst?.summary?.time_limit_s ?? dst?.parameters.time_limit_s;
	const invalidReasons = subtests.filter((s) => s.verdict === 'invalid').map((s) => `${subtestNames[s.task]}: ${s.reasons}`);
	const valueless = subtests.filter((s) => s.counted && digitalPhesValuesOf(s.task).some((v) => values[v] === null));
	invalidReasons.push(...valueless.map((s) => `${subtestNames[s.task]}: the run has no value`));
	return {
		complete: subtests.every((s) => s.verdict !== 'missing'),
		validity: invalidReasons.length === 0 ? 'valid' : 'invalid',
		invalidReasons,
		values,
		sources,
		dstTimeLimitS: typeof limit === 'number' ? limit : null,
		subtests,
		overrides: subtests.flatMap((s) => s.override ?? [])
	};
}

const digitalPhesValuesOf = (task: Subtest) => (Object.keys(digitalPhesSources) as DigitalPhesValue[]).filter((v) => digitalPhesSources[v][0] === task);

/** What the gathered run stores (`phes_digital` summary): the values, their sources and the battery verdict. */
export function gatheredSummary(gathering: DigitalPhesGathering): Record<string, CellValue> {
	const sources = gathering.subtests.flatMap((s) => (s.counted ? [s.counted.id] : []));
	return {
		...gathering.values,
		dst_time_limit_s: gathering.dstTimeLimitS,
		source_task_runs: sources.join(' '),
		battery_validity: gathering.validity,
		battery_invalid_reasons: gathering.invalidReasons.join('; '),
		validity_overrides: gathering.overrides.map((o) => `${o.taskRunId} by ${o.examiner} at ${o.at}: ${o.reason}`).join('; ')
	};
}

/** The gathered run's summary once every subtest has a complete run; null before. */
export function digitalPhesValues(runs: readonly TaskRunRecord[], overrides: readonly ValidityOverride[] = []): Record<string, CellValue> | null {
	const gathering = gatherDigitalPhes(runs, overrides);
	return gathering.complete ? gatheredSummary(gathering) : null;
}

/** Two gathered summaries say the same (a gathering that changes nothing is not stored again). */
export function sameGathering(a: Record<string, CellValue> | null, b: Record<string, CellValue> | null): boolean {
	if (!a || !b) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
}
