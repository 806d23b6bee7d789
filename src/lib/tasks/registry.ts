import { nctaDefinition, nctbDefinition } from './phes/nct/definition';
import { paperPhesDefinition } from './phes/paper/definition';
import { sdtDefinition } from './phes/sdt/definition';
import { dstDefinition } from './phes/dst/definition';
import { lttDefinition } from './phes/ltt/definition';
import { phesDigitalDefinition } from './phes/digital/definition';
import { stroopDefinition } from './stroop/definition';
import type { TaskDefinition } from './task-definition';

/** Every task the app can store, by id: exports and review pages look definitions up here. */
export const taskDefinitions: Readonly<Record<string, TaskDefinition>> = {
	[stroopDefinition.id]: stroopDefinition,
	[paperPhesDefinition.id]: paperPhesDefinition,
	[nctaDefinition.id]: nctaDefinition,
	[nctbDefinition.id]: nctbDefinition,
	[sdtDefinition.id]: sdtDefinition,
	[dstDefinition.id]: dstDefinition,
	[lttDefinition.id]: lttDefinition,
	[phesDigitalDefinition.id]: phesDigitalDefinition
};

/** What a session's battery is called on the examiner's pages. */
export function batteryLabel(battery: string): string {
	return battery === 'phes' ? 'PHES (digital)' : (taskDefinitions[battery]?.label ?? battery);
}
