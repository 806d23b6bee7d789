import type { StudyRecord, Unstamped } from '../model/records';

/**
 * A new study as the Jakarta trial starts: visits at baseline, month 3, 7 and 10; the trial's
 * arms plus healthy controls; participants from 17 years. Everything is editable in settings.
 */
export function defaultStudy(newId: () => string, nowIso: string): Unstamped<StudyRecord> {
	return {
		id: newId(),
		name: 'New study',
		visits: [
			{ id: newId(), name: 'Baseline', targetDay: 0 },
			{ id: newId(), name: 'Month 3', targetDay: 90 },
			{ id: newId(), name: 'Month 7', targetDay: 210 },
			{ id: newId(), name: 'Month 10', targetDay: 300 }
		],
		arms: [
			{ id: newId(), name: 'Secretome', role: 'intervention' },
			{ id: newId(), name: 'Best practice', role: 'comparator' },
			{ id: newId(), name: 'Healthy control', role: 'healthy_control' }
		],
		sites: [],
		examiners: [],
		minAgeYears: 17,
		// The only complete PHES coefficients available (German, labelled as such) and the US
		// EncephalApp cutoff; a site changes them in settings once it has its own.
		phesNormSetKey: 'german-h2019@2',
		stroopNormSetKey: 'us-encephalapp-2015@1',
		redcapEventNames: {},
		redcapDataAccessGroups: {},
		createdAt: nowIso,
		updatedAt: nowIso,
		revision: 1
	};
}
