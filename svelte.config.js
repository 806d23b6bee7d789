import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static single-page app: every route is prerendered as an empty shell, plus a fallback.
		adapter: adapter({ fallback: '200.html', strict: true })
	}
};

export default config;
