import { hash } from 'node:crypto';
import { parseSource } from './parse-source.ts';
import { readContentFile } from './read-content-file.ts';
import { Reporter } from './reporter.ts';

/** A content file on the disk, as a parsing thread is handed it. */
export interface FileToParse {
	absolutePath: string;
	displayPath: string;
}

/** A file that read and parsed without any problem: its text and its data, nothing else. */
export interface CleanFile {
	text: string;
	data: unknown;
	/** Of the bytes (hashContent): what a cache knows the file by. */
	hash: string;
}

/** Names a file's exact bytes, for caches of parsed files. */
export function hashContent(bytes: Uint8Array): string {
	return hash('sha1', bytes, 'base64');
}

/**
 * Reads and parses one file, as the load would; nothing when it has any problem (the load
 * then reads it itself and reports each one). Plain data only, to cross between threads.
 */
export function parseCleanFile(file: FileToParse): CleanFile | undefined {
	const reporter = new Reporter();
	const bytes = readContentFile(file, reporter);
	const parsed = bytes && parseSource(bytes, file.displayPath, reporter);
	return parsed && reporter.diagnostics.length === 0 ? { text: parsed.source.text, data: parsed.data, hash: hashContent(bytes) } : undefined;
}
