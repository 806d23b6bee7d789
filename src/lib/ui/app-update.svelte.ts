// The service worker seen from the page: registers it, reloads once when that makes the page
// cross-origin isolated, and holds a waiting new version until the examiner accepts it. Nothing
// here reloads or updates a participant page, where a session may be running.
import { Workbox } from 'workbox-window';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { isParticipantPage, shouldReloadForIsolation } from '../serving/page-reload';

const reloadedKey = 'hepcog.isolationReload';

/** This page's address inside the app, whatever path the app is hosted under. */
const appPath = () => location.pathname.slice(base.length) || '/';

class AppUpdate {
	/** A new version is installed and waits for the examiner. */
	waiting = $state(false);
	#workbox: Workbox | null = null;
	#accepted = false;

	/** Once per page, from the layout; a browser without service workers keeps running online. The
	 * dev server has no precache list to serve, so only a build registers the worker. */
	register(): void {
		if (dev || this.#workbox || !('serviceWorker' in navigator)) return;
		const workbox = new Workbox(`${base}/service-worker.js`, { scope: `${base}/` });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => (this.waiting = true));
		workbox.addEventListener('controlling', () => {
			if (this.#accepted) location.reload();
			else this.#reloadForIsolation();
		});
		// A refused registration (private mode, a blocked worker) leaves the app working online only.
		workbox.register().then(() => this.#reloadForIsolation(), (error: unknown) => console.warn('The service worker was not registered:', error));
	}

	/** The examiner accepts the new version: it takes over and this page reloads with it. */
	accept(): void {
		if (!this.#workbox || isParticipantPage(appPath())) return;
		this.#accepted = true;
		this.waiting = false;
		this.#workbox.messageSkipWaiting();
	}

	#reloadForIsolation(): void {
		const state = {
			crossOriginIsolated: globalThis.crossOriginIsolated === true,
			controlled: navigator.serviceWorker.controller !== null,
			pathname: appPath(),
			alreadyReloaded: sessionStorage.getItem(reloadedKey) !== null
		};
		if (state.crossOriginIsolated) sessionStorage.removeItem(reloadedKey);
		if (!shouldReloadForIsolation(state)) return;
		sessionStorage.setItem(reloadedKey, new Date().toISOString());
		location.reload();
	}
}

export const appUpdate = new AppUpdate();
