// Indonesian levels of completed education with the school years each usually means
// (clinical-spec §4). Picking a level proposes its years; the examiner can correct them.

export const educationLevels = [
	{ code: 'none', label: 'No schooling', usualYears: 0 },
	{ code: 'sd', label: 'SD (primary)', usualYears: 6 },
	{ code: 'smp', label: 'SMP (junior secondary)', usualYears: 9 },
	{ code: 'sma', label: 'SMA/SMK (senior secondary)', usualYears: 12 },
	{ code: 'd1', label: 'D1 (diploma 1)', usualYears: 13 },
	{ code: 'd2', label: 'D2 (diploma 2)', usualYears: 14 },
	{ code: 'd3', label: 'D3 (diploma 3)', usualYears: 15 },
	{ code: 's1', label: 'S1 (bachelor)', usualYears: 16 },
	{ code: 's2', label: 'S2 (master)', usualYears: 18 },
	{ code: 's3', label: 'S3 (doctorate)', usualYears: 21 }
] as const;

export type EducationLevel = (typeof educationLevels)[number]['code'];

export const educationLevelCodes = educationLevels.map((level) => level.code) as [
	EducationLevel,
	...EducationLevel[]
];

export function usualEducationYears(level: EducationLevel): number {
	return educationLevels.find((l) => l.code === level)?.usualYears ?? 0;
}
