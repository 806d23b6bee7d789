// The pause box speaks the participant's test language. Test participants are tested in Bahasa
// Indonesia (the study's default), so tests find its title and buttons by the Indonesian messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const id = JSON.parse(readFileSync(join(process.cwd(), 'messages/id.json'), 'utf8')) as Record<string, string>;

export const pauseBox = {
	title: id.pause_title!,
	continueTest: id.pause_continue!,
	abort: id.pause_abort!,
	abortYes: id.pause_abort_yes!
};
