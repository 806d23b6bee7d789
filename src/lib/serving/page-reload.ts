// When the app may reload a page by itself: only to become cross-origin isolated once the service
// worker controls it, and never on a participant page (a session may be running there).

/** Pages where a participant may be in a task: nothing reloads or updates there. */
export function isParticipantPage(pathname: string): boolean {
	return /^\/(run|phes)(\/|$)/.test(pathname);
}

export interface IsolationState {
	crossOriginIsolated: boolean;
	/** The service worker controls this page, so a reload comes back with its headers. */
	controlled: boolean;
	pathname: string;
	/** This tab already reloaded for isolation (kept in sessionStorage), so it does not loop. */
	alreadyReloaded: boolean;
}

/** True when one reload would make this page isolated and nothing can be interrupted by it. */
export function shouldReloadForIsolation(state: IsolationState): boolean {
	return !state.crossOriginIsolated && state.controlled && !state.alreadyReloaded && !isParticipantPage(state.pathname);
}
