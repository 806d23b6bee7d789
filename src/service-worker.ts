/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The service worker: precaches every built file (Workbox, list injected at build by
// @vite-pwa/sveltekit) and serves the app from that cache, online or not, with the isolation and
// content-security headers added. A new version waits until the examiner accepts it (the app sends
// SKIP_WAITING from its update prompt); it never takes over a page by itself.
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { navigationFile } from '$lib/serving/navigation-file';
import { scriptHashesOf, servedHeaders } from '$lib/serving/response-headers';

declare const self: ServiceWorkerGlobalScope;

const manifest = self.__WB_MANIFEST;
precache(manifest);
cleanupOutdatedCaches();

const scopePath = new URL(self.registration.scope).pathname;
const precachedUrls = new Set(manifest.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.registration.scope).href));
const isPrecached = (file: string) => precachedUrls.has(new URL(file, self.registration.scope).href);

// The first worker controls the open page at once, so its reload comes back isolated; a later
// version waits for the examiner.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') {
		const file = navigationFile(url.pathname.slice(scopePath.length - 1), isPrecached);
		event.respondWith(served(new URL(file, self.registration.scope).href, request, true));
	} else {
		event.respondWith(served(request.url, request, false));
	}
});

/** The precached copy of `cacheUrl` (the network when it is not precached), with our headers. */
async function served(cacheUrl: string, request: Request, isPage: boolean): Promise<Response> {
	const response = (await matchPrecache(cacheUrl)) ?? (await fetch(request));
	if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
	const body = isPage ? await response.text() : await response.blob();
	const hashes = isPage && typeof body === 'string' ? scriptHashesOf(body) : [];
	return new Response(body, { status: response.status, statusText: response.statusText, headers: servedHeaders(response.headers, hashes) });
}
