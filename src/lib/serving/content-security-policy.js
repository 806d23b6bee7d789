// The Content-Security-Policy of every page: the app's own origin and nothing else, so no request
// can leave the laptop. Plain JavaScript because svelte.config.js and the service worker both use it.
// - script-src 'self': SvelteKit adds the hash of each page's inline start-up script to the page's
//   own policy (kit.csp, mode 'hash'); no other inline script runs.
// - style-src 'unsafe-inline': Svelte sets some styles through style attributes; a style cannot
//   fetch anything the other directives do not allow.
// - img-src data: blob:, worker-src blob:: chart images and downloads are made in the page, and
//   fflate's zip runs in Web Workers made from blob: URLs; both come from the page itself.

/** @type {Readonly<Record<string, readonly string[]>>} */
export const contentSecurityPolicyDirectives = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self', 'blob:'],
	'manifest-src': ['self'],
	'frame-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

const keywords = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);
/** @param {string} source */
const quoted = (source) => (keywords.has(source) || /^sha(256|384|512)-/.test(source) ? `'${source}'` : source);

/** The policy as a header value; `extraScriptSources` are the hashes of a page's inline scripts. */
/** @param {readonly string[]} [extraScriptSources] */
export function contentSecurityPolicy(extraScriptSources = []) {
	return Object.entries(contentSecurityPolicyDirectives)
		.map(([name, sources]) => {
			const all = name === 'script-src' ? [...sources, ...extraScriptSources] : sources;
			return [name, ...all.map(quoted)].join(' ');
		})
		.concat("frame-ancestors 'self'")
		.join('; ');
}
