import type { MigrationStep } from './migration-step';

// Written for the schema as version 1 left it; never edited once released.
const storesWithRecords = ['study', 'participant', 'visit', 'session', 'taskRun', 'trial', 'event', 'score', 'normSet'];

/** The arm named "Healthy control(s)" was how version 1 found controls; that name becomes the role. */
const healthyControlName = /^healthy controls?$/i;

/**
 * Version 2: one installation record per browser profile; on every stored record its id, when the
 * record was last written (its latest time field) and an empty lineage (so a merged data set says
 * which laptop wrote what); a declared role on every study arm; empty REDCap event and data access
 * group mappings on the study.
 * Arms: the one named like a healthy-control arm becomes `healthy_control`, the first other arm
 * `intervention` and the rest `comparator`; the examiner can change them in settings.
 */
export const v2: MigrationStep = {
	version: 2,
	description: 'installation id, write time and lineage on every record; a role on every study arm',
	async apply(db, tx) {
		db.createObjectStore('installation', { keyPath: 'id' });
		const installationId = crypto.randomUUID();
		await tx.objectStore('installation').add({ id: installationId, createdAt: new Date().toISOString() });
		for (const name of storesWithRecords) {
			let cursor = await tx.objectStore(name).openCursor();
			while (cursor) {
				const old = cursor.value as Record<string, unknown>;
				const writtenAt = old.updatedAt ?? old.supersededAt ?? old.savedAt ?? old.endedAt ?? old.at ?? old.createdAt ?? old.startedAt;
				const record: Record<string, unknown> = { ...old, installationId, writtenAt, supersedes: [] };
				if (name === 'study') {
					record.arms = armsWithRoles(record.arms as { name: string }[]);
					Object.assign(record, { redcapEventNames: {}, redcapDataAccessGroups: {} });
				}
				await cursor.update(record);
				cursor = await cursor.continue();
			}
		}
	}
};

function armsWithRoles(arms: { name: string }[]) {
	let interventionGiven = false;
	return arms.map((arm) => {
		if (healthyControlName.test(arm.name.trim())) return { ...arm, role: 'healthy_control' };
		const role = interventionGiven ? 'comparator' : 'intervention';
		interventionGiven = true;
		return { ...arm, role };
	});
}
