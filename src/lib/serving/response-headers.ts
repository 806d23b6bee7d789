// The headers the service worker adds to everything it serves: cross-origin isolation (5 µs
// timers and paint times, see Timing in the README) and the content security policy, so the app is
// isolated and confined to its origin even on a static host that sends no such headers.
import { crossOriginIsolationHeaders } from '../timing/cross-origin-isolation.js';
import { contentSecurityPolicy } from './content-security-policy.js';

/** The inline scripts' hashes a page's own <meta> policy names (SvelteKit writes them at build). */
export function scriptHashesOf(html: string): string[] {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!meta) return [];
	const scriptSrc = meta[1]!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
	return (scriptSrc?.split(/\s+/) ?? []).filter((s) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)).map((s) => s.slice(1, -1));
}

/** A copy of `headers` with isolation and the policy set (the policy allowing `scriptHashes`). */
export function servedHeaders(headers: Headers, scriptHashes: readonly string[] = []): Headers {
	const served = new Headers(headers);
	for (const [name, value] of Object.entries(crossOriginIsolationHeaders)) served.set(name, value);
	served.set('Content-Security-Policy', contentSecurityPolicy(scriptHashes));
	// Everything is same-origin; saying so lets it load under require-corp in any context.
	served.set('Cross-Origin-Resource-Policy', 'same-origin');
	return served;
}
