// Which precached file answers a navigation. The precache holds the built files under their own
// names (index.html, participants.html, norms/view.html, 200.html), so any static host can serve
// them at install; the worker maps a page address to its file, else to the single-page fallback.

export const fallbackPage = '200.html';

/** The file a page address is prerendered as: `/` → index.html, `/norms/view` → norms/view.html. */
export function prerenderedFile(pathname: string): string {
	const path = pathname.replace(/^\/+|\/+$/g, '');
	if (path === '') return 'index.html';
	return path.endsWith('.html') ? path : `${path}.html`;
}

/** The precached file to answer `pathname` with: its prerendered page, else the fallback. */
export function navigationFile(pathname: string, precached: (file: string) => boolean): string {
	const file = prerenderedFile(decodeURIComponent(pathname));
	return precached(file) ? file : fallbackPage;
}
