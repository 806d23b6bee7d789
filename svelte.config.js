import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicyDirectives } from './src/lib/serving/content-security-policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static single-page app: every route is prerendered as an empty shell, plus a fallback.
		adapter: adapter({ fallback: '200.html', strict: true }),
		// Each page carries its policy in a <meta> tag with the hash of its start-up script, so it
		// holds on any static host; the service worker sends it as a header too.
		csp: { mode: 'hash', directives: /** @type {any} */ (contentSecurityPolicyDirectives) },
		// The service worker (src/service-worker.ts, with its precache list injected by
		// @vite-pwa/sveltekit) is registered by the app, which decides when an update is applied.
		serviceWorker: { register: false }
	}
};

export default config;
