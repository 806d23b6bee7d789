import { describe, expect, it } from 'vitest';
import { navigationFile, prerenderedFile } from './navigation-file';

const precached = new Set(['index.html', 'participants.html', 'norms/view.html', '200.html']);
const has = (file: string) => precached.has(file);

describe('the file that answers a navigation', () => {
	it('is the prerendered page of the address', () => {
		expect(navigationFile('/', has)).toBe('index.html');
		expect(navigationFile('/participants', has)).toBe('participants.html');
		expect(navigationFile('/participants/', has)).toBe('participants.html');
		expect(navigationFile('/norms/view', has)).toBe('norms/view.html');
	});

	it('is the single-page fallback for an address with no page', () => {
		expect(navigationFile('/no-such-page', has)).toBe('200.html');
		expect(navigationFile('/participants/x/y', has)).toBe('200.html');
	});

	it('keeps an address that names its file', () => {
		expect(prerenderedFile('/participants.html')).toBe('participants.html');
	});
});
