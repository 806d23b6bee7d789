import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { ManifestTransform } from 'workbox-build/build/types';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { crossOriginIsolationHeaders } from './src/lib/timing/cross-origin-isolation.js';

const port = Number(process.env.PORT ?? 4173);
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The commit the app is built from, stored with every session; 'unknown' outside a git checkout. */
function gitCommit(): string {
	try {
		return execSync('git rev-parse --short=12 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
	} catch {
		return 'unknown';
	}
}

/** Sends the isolation headers on every response of the dev and preview servers, pages included. */
function crossOriginIsolation(): Plugin {
	const addHeaders = (_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
		for (const [name, value] of Object.entries(crossOriginIsolationHeaders)) res.setHeader(name, value);
		next();
	};
	return {
		name: 'hepcog-cross-origin-isolation',
		configureServer: (server) => void server.middlewares.use(addHeaders),
		configurePreviewServer: (server) => void server.middlewares.use(addHeaders)
	};
}

/**
 * The precache list under the built files' own names (index.html, participants.html, _app/…), so
 * any static host serves them at install; the service worker maps page addresses to them. The
 * single-page fallback is written by the adapter after this list is made: it is added by name,
 * revised with the build's version.
 */
const precacheUnderFileNames: ManifestTransform = async (entries) => {
	const manifest = entries.map((entry) => ({ ...entry, url: entry.url.replace(/^client\/|^prerendered\/pages\/|^prerendered\/dependencies\//, '') }));
	const version = readFileSync(new URL('./.svelte-kit/output/client/_app/version.json', import.meta.url), 'utf8');
	manifest.push({ url: '200.html', revision: version, size: 0 });
	return { manifest };
};

export default defineConfig({
	plugins: [
		crossOriginIsolation(),
		// Examiner strings in English and Bahasa Indonesia, compiled from messages/*.json; the UI
		// language is the laptop's (localStorage), never a participant's test language.
		// Vitest uses the copy `npm run i18n` compiled (its watcher would keep Vitest from exiting).
		process.env.VITEST
			? []
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/i18n/paraglide',
					strategy: ['localStorage', 'baseLocale']
				}),
		sveltekit(),
		// Offline after the first visit: every built file precached by a small worker of our own
		// (src/service-worker.ts) that adds the isolation and security headers to what it serves.
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			injectRegister: false,
			manifest: false,
			injectManifest: {
				globPatterns: ['client/**/*.{js,css,svg,png,ico,webmanifest,json,woff2}', 'prerendered/**/*.{html,json}'],
				manifestTransforms: [precacheUnderFileNames],
				maximumFileSizeToCacheInBytes: 8 * 1024 * 1024
			},
			kit: { adapterFallback: '200.html', trailingSlash: 'never' }
		})
	],
	define: {
		__APP_VERSION__: JSON.stringify(packageJson.version),
		__APP_COMMIT__: JSON.stringify(gitCommit())
	},
	preview: { port, strictPort: true, host: 'localhost' },
	server: { host: 'localhost' },
	test: {
		include: ['src/**/*.{test,spec}.ts', 'tests/unit/**/*.{test,spec}.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['./tests/unit/setup.ts'],
		expect: { requireAssertions: true }
	}
});
