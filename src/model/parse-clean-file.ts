import { hash } from 'node:crypto';
import { toStorableJson } from './parsed-file-store.ts';
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

/**
 * A clean file as a parsing thread sends it back: its data as JSON, which is both what
 * the parsed-file store keeps and quick to read back (or as data, when JSON cannot hold it).
 */
export type ParsedOnThread = Omit<CleanFile, 'data'> & ({ json: string } | { data: unknown });

/** What parsing threads share: the files in chunks, and the counter each claims the next chunk from. */
export interface ParseWork {
	chunks: FileToParse[][];
	claim: Int32Array;
}

/** A chunk's index, and each of its files as parsed (nothing for a file with a problem). */
export type ParsedChunk = [index: number, files: (ParsedOnThread | undefined)[]];

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
	if (!parsed || reporter.diagnostics.length > 0) return undefined;
	return { text: parsed.source.text, data: parsed.data, hash: hashContent(bytes) };
}

/** What a parsing thread sends back for one file: JSON, quicker to send and read than the data itself, when JSON can hold it. */
export function forSending({ text, hash: fileHash, data }: CleanFile): ParsedOnThread {
	const json = toStorableJson(data);
	return json === undefined ? { text, hash: fileHash, data } : { text, hash: fileHash, json };
}

/** A file a parsing thread sent back, as this thread keeps it, with its JSON when it came as JSON. */
export function received(sent: ParsedOnThread): { clean: CleanFile; json: string | undefined } {
	if ('data' in sent) return { clean: sent, json: undefined };
	const { text, hash: fileHash, json } = sent;
	return { clean: { text, hash: fileHash, data: JSON.parse(json) }, json };
}
