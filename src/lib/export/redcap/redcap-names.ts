// REDCap's names (ecosystem.md §1.2): field names, unique event names and data access groups are
// lower-case letters, digits and underscores, starting with a letter. The study's settings map
// each visit and site to the project's own names; a visit or site left unmapped gets the name
// REDCap itself would generate from its label (the first 18 characters, events with `_arm_1`).
import type { StudyRecord } from '../../model/records';

export const redcapNamePattern = /^[a-z][a-z0-9_]*$/;

/** REDCap advises field names short enough that prefixes, suffixes and statistics packages still fit. */
export const redcapFieldNameMaxLength = 26;

/** Lower case, every run of other characters one underscore, at most 18 characters, never a leading digit. */
export function redcapNameFrom(label: string): string {
	const core = label
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.slice(0, 18)
		.replace(/^_+|_+$/g, '');
	if (core === '') return 'unnamed';
	return /^[a-z]/.test(core) ? core : `n${core}`;
}

/** The unique event name of a study visit: the one set in the study, else derived from the visit's name. */
export function redcapEventName(study: Pick<StudyRecord, 'redcapEventNames'>, studyVisitId: string, visitName: string): string {
	return study.redcapEventNames[studyVisitId] || `${redcapNameFrom(visitName)}_arm_1`;
}

/** The data access group of a site: the one set in the study, else derived from the site's name; '' without a site. */
export function redcapDataAccessGroup(study: Pick<StudyRecord, 'redcapDataAccessGroups'>, site: string): string {
	if (site.trim() === '') return '';
	return study.redcapDataAccessGroups[site] || redcapNameFrom(site);
}
