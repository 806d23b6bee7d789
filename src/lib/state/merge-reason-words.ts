// A merge reason in the examiner's language. The plan keeps its English text for the command line;
// the Import page words the same reason from its data.
import type { DatasetKind } from '../model/dataset';
import type { MergeReason, RecordRef } from '../model/merge-plan';
import { m } from '../i18n/paraglide/messages.js';

const kindWords: Record<DatasetKind, () => string> = {
	study: m.merge_kind_study,
	normSet: m.merge_kind_norm_set,
	participant: m.merge_kind_participant,
	visit: m.merge_kind_visit,
	session: m.merge_kind_session,
	taskRun: m.merge_kind_task_run,
	trial: m.merge_kind_trial,
	event: m.merge_kind_event,
	score: m.merge_kind_score
};

function recordWords(ref: RecordRef): string {
	if (ref.kind === 'participant') return m.merge_record_participant({ code: ref.code ?? ref.key });
	if (ref.kind === 'trial') return m.merge_record_trial({ seq: String(ref.seq), taskRun: ref.taskRunId ?? '' });
	return m.merge_record_other({ kind: kindWords[ref.kind](), key: ref.key });
}

export function mergeReasonWords(why: MergeReason): string {
	switch (why.code) {
		case 'changed_on_two_laptops':
			return m.merge_changed_on_two_laptops({ record: recordWords(why.record) });
		case 'missing_reference':
			return m.merge_missing_reference({ record: recordWords(why.record), missing: m.merge_record_other({ kind: kindWords[why.missing.kind](), key: why.missing.key }) });
		case 'participant_code_taken':
			return m.merge_participant_code_taken({ code: why.participantCode, holder: why.holderId, key: why.key });
		case 'trial_position_taken':
			return m.merge_trial_position_taken({ seq: String(why.seq), taskRun: why.taskRunId });
	}
}
