import { closeSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where Rolebook keeps what it can make again (the history of the sheets, parsed files): never in the content folder. */
export const DEFAULT_CACHE_DIR = path.resolve(import.meta.dirname, '../../node_modules/.cache/rolebook');

/**
 * Removes the caches of one kind (those whose file names match `name`) that no run will
 * read, as `unused` judges from each one's beginning: those of folders that are gone, and
 * those other code made. Without this, the cache folder would keep one for every folder
 * ever loaded. `kept` is the cache just written.
 */
export function removeUnusedCaches(kept: string, name: RegExp, unused: (head: string) => boolean): void {
	const cacheDir = path.dirname(kept);
	for (const entry of readdirSync(cacheDir)) {
		const file = path.join(cacheDir, entry);
		if (!name.test(entry) || file === kept) continue;
		const head = readHead(file);
		if (head !== undefined && unused(head)) rmSync(file, { force: true });
	}
}

/** A file's first 16 KB as text (room for a header and a path), or nothing when it cannot be read. */
function readHead(file: string): string | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const buffer = Buffer.alloc(16_384);
		return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** A folder path written as JSON, or nothing when the text is not one. */
export function parseFolder(json: string): string | undefined {
	try {
		const folder: unknown = JSON.parse(json);
		return typeof folder === 'string' ? folder : undefined;
	} catch {
		return undefined;
	}
}
