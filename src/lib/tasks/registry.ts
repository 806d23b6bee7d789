import { paperPhesDefinition } from './phes/paper/definition';
import { stroopDefinition } from './stroop/definition';
import type { TaskDefinition } from './task-definition';

/** Every task the app can store, by id: exports and review pages look definitions up here. */
export const taskDefinitions: Readonly<Record<string, TaskDefinition>> = {
	[stroopDefinition.id]: stroopDefinition,
	[paperPhesDefinition.id]: paperPhesDefinition
};
