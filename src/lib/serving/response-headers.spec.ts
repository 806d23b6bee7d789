import { describe, expect, it } from 'vitest';
import { scriptHashesOf, servedHeaders } from './response-headers';

const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc+/=' 'sha384-XYZ'; style-src 'self'"></head>`;

describe('headers the service worker serves', () => {
	it('isolate every response and keep the original headers', () => {
		const headers = servedHeaders(new Headers({ 'Content-Type': 'text/html', 'Cross-Origin-Embedder-Policy': 'unsafe-none' }));
		expect(headers.get('Content-Type')).toBe('text/html');
		expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
		expect(headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
	});

	it('allow only the own origin, plus the page’s own start-up script by hash', () => {
		const policy = servedHeaders(new Headers(), scriptHashesOf(page)).get('Content-Security-Policy')!;
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("script-src 'self' 'sha256-abc+/=' 'sha384-XYZ'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toMatch(/https?:|\*/);
	});

	it('find no hashes in a page without a policy', () => {
		expect(scriptHashesOf('<html><script>x()</script></html>')).toEqual([]);
	});
});
