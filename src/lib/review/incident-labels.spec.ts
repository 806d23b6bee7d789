import { describe, expect, it } from 'vitest';
import { incidentLabel } from './incident-labels';

describe('incident labels', () => {
	it('names every known incident and shows an unknown type readably', () => {
		// Node has no localStorage, so the base locale (English) is used.
		expect(incidentLabel('aborted_by_examiner')).toBe('aborted by examiner');
		expect(incidentLabel('run_aborted')).toBe('run aborted');
		expect(incidentLabel('some_new_event')).toBe('some new event');
	});
});
