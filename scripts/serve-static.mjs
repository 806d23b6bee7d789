// A plain static file server for the built app, as a clinic's web host or a USB-stick server would
// be: files from build/, clean page addresses (/participants → participants.html) and the
// single-page fallback, and no special headers at all (no COOP/COEP, no CSP). The offline tests
// use it to prove that the service worker alone makes the app isolated and confined to its origin.
// Usage: node scripts/serve-static.mjs [--port 4273] [--dir build]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4273' }, dir: { type: 'string', default: 'build' } } });
const root = resolve(values.dir);
const port = Number(values.port);

const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file for a request path: itself, `.html`, `/index.html`, else the fallback page. */
async function fileFor(pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
	for (const candidate of candidates) if (candidate.startsWith(root) && (await isFile(candidate))) return { file: candidate, status: 200 };
	const fallback = join(root, '200.html');
	return (await isFile(fallback)) && !extname(path) ? { file: fallback, status: 200 } : null;
}

const server = createServer(async (request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://host');
	const found = request.method === 'GET' || request.method === 'HEAD' ? await fileFor(pathname) : null;
	if (!found) {
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	response.writeHead(found.status, { 'Content-Type': contentTypes[extname(found.file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
	if (request.method === 'HEAD') response.end();
	else createReadStream(found.file).pipe(response);
});

server.listen(port, 'localhost', () => console.log(`Serving ${root} at http://localhost:${port} (plain static: no COOP/COEP/CSP headers)`));
