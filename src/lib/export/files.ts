// The files an export produces, their checksums (Web Crypto, in the browser and in Node) and the
// zip they travel in (fflate: small, maintained, the same code in both).
import { strToU8, zip, type AsyncZipOptions } from 'fflate';

export interface ExportFile {
	/** Path inside the export, with '/' separators. */
	path: string;
	data: string | Uint8Array;
}

export const bytesOf = (file: ExportFile): Uint8Array => (typeof file.data === 'string' ? strToU8(file.data) : file.data);

/** Lower-case hex SHA-256 of a file's bytes: the one the norm-set checksums use. */
export { sha256Hex } from '../scoring/norm-sets/checksum';

/**
 * One zip of every file (deflate level 1: a whole study zips in seconds, not tens of seconds; a fixed
 * time so the same export gives the same bytes). Each large file is deflated in a worker (fflate's
 * async zip: Web Workers in the browser, worker threads in Node), so the page keeps drawing and a
 * second core shares the work.
 */
export function zipFiles(files: readonly ExportFile[]): Promise<Uint8Array> {
	const mtime = new Date('2000-01-01T00:00:00Z');
	const entries = Object.fromEntries(files.map((file): [string, [Uint8Array, AsyncZipOptions]] => [file.path, [bytesOf(file), { mtime, level: 1 }]]));
	return new Promise((resolve, reject) => zip(entries, (error, data) => (error ? reject(error) : resolve(data))));
}
