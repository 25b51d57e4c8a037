/**
 * Rolebook keeps the data of the content files it parsed between runs (the parsed-file
 * store, src/model/parsed-file-store.ts), so a second validate or build of the same folder
 * parses only what changed. A cold run, as on a fresh checkout, starts without it.
 */
import { hash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE_DIR } from '../src/model/cache-dir.ts';

/** The store's file for `contentDir`, named as `ParsedFileStore.open` names it. */
export function parsedFileStoreOf(contentDir: string): string {
	return path.join(DEFAULT_CACHE_DIR, `parsed-${hash('sha1', path.resolve(contentDir), 'hex').slice(0, 16)}.tsv`);
}

/** Removes the store of `contentDir`, so the next run parses every file. */
export function clearParsedFileStore(contentDir: string): void {
	rmSync(parsedFileStoreOf(contentDir), { force: true });
}
