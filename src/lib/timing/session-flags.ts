// Flags of a whole session, derived from its stored provenance (so older sessions get them too and
// nothing is stored twice). Like trial flags they never reject anything: the psychometrician decides.

export type SessionFlag = 'not_cross_origin_isolated';

/** What each session flag means, as the codebook says it; every flag a session can carry is here. */
export const sessionFlagDescriptions: Readonly<Record<SessionFlag, string>> = {
	not_cross_origin_isolated:
		'The page was not cross-origin isolated when the session started: timers and event timestamps had 100 µs resolution and paint times whole milliseconds, instead of 5 µs'
};

/** The flags of a session with this provenance; a session that did not record isolation (paper) has none. */
export function sessionFlags(provenance: Readonly<Record<string, unknown>>): SessionFlag[] {
	return provenance.crossOriginIsolated === false ? ['not_cross_origin_isolated'] : [];
}
