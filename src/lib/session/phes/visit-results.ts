// What the results and visit pages show of a visit's digital PHES: opened, the gathering is first
// brought up to date (repaired), then the verdict of every subtest, the values with their sources,
// the current gathered run and its scores.
import type { HepcogDb } from '../../storage/db';
import type { ScoreRecord, TaskRunRecord } from '../../model/records';
import { listScores } from '../../storage/repos/score-repo';
import type { DigitalPhesGathering } from '../../tasks/phes/digital/results';
import { loadVisitPhes, repairLoadedVisitPhes, visitGathering } from './gather-visit';

export interface VisitPhesResults {
	gathering: DigitalPhesGathering;
	/** The visit's current gathered run (what is scored and exported); null before every subtest has a complete run. */
	current: TaskRunRecord | null;
	scores: ScoreRecord[];
	/** Opening it repaired the gathering (something was written). */
	repaired: boolean;
}

export async function openVisitPhesResults(db: HepcogDb, visitId: string): Promise<VisitPhesResults> {
	const loaded = await loadVisitPhes(db, visitId);
	const repaired = await repairLoadedVisitPhes(db, loaded);
	// Read again only when the repair wrote something.
	const { gathering, current } = visitGathering(repaired ? await loadVisitPhes(db, visitId) : loaded);
	return { gathering, current, scores: current ? await listScores(db, current.id) : [], repaired };
}
