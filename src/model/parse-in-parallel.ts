import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFileRef } from './content-files.ts';
import { hashContent, parseCleanFile, received, type CleanFile, type FileToParse, type ParsedChunk, type ParseWork } from './parse-clean-file.ts';
import { toStorableJson, type ParsedFileStore } from './parsed-file-store.ts';
import { decodeText } from './parse-source.ts';
import { readContentFile } from './read-content-file.ts';
import { Reporter } from './reporter.ts';

/** Files read and parsed ahead of the load, by absolute path: only those without any problem. */
export type Preparsed = ReadonlyMap<string, CleanFile>;

/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 400;

/** Files are handed out in chunks of this many: small enough that every thread finishes at about the same time. */
const CHUNK = 50;

/**
 * Reads and parses the YAML of many files ahead of the load: files the store knows by the
 * hash of their bytes are taken from it; the rest are parsed on every core. Worker threads
 * and this thread claim chunks of files, one at a time, from a shared counter until none
 * is left, and the workers send back plain data and the text (never a syntax tree). A
 * file with any problem is left out: the load reads it again itself, so every message is
 * reported the one way, with its position.
 */
export async function parseInParallel(files: readonly ContentFileRef[], store?: ParsedFileStore, threads = availableParallelism()): Promise<Preparsed> {
	const preparsed = new Map<string, CleanFile>();
	const onDisk = files.filter((file) => !file.read).map(({ absolutePath, displayPath }): FileToParse => ({ absolutePath, displayPath }));
	const unknown = store && !store.isEmpty ? onDisk.filter((file) => !takeFromStore(file, store, preparsed)) : onDisk;
	const chunks: FileToParse[][] = [];
	for (let start = 0; start < unknown.length; start += CHUNK) chunks.push(unknown.slice(start, start + CHUNK));
	const keep = (file: FileToParse, clean: CleanFile, json: string | undefined) => {
		if (json !== undefined) store?.put(clean.hash, json);
		preparsed.set(file.absolutePath, clean);
	};
	const claim = new Int32Array(new SharedArrayBuffer(4));
	const workers = Math.max(0, Math.min(threads - 1, Math.floor(unknown.length / FILES_PER_WORKER)));
	const working = Array.from({ length: workers }, () => parseOnWorker({ chunks, claim }));
	for (let next = Atomics.add(claim, 0, 1); next < chunks.length; next = Atomics.add(claim, 0, 1)) {
		for (const file of chunks[next]!) {
			const clean = parseCleanFile(file);
			if (clean) keep(file, clean, store && toStorableJson(clean.data));
		}
	}
	for (const parsed of await Promise.all(working)) {
		for (const [index, results] of parsed) {
			chunks[index]!.forEach((file, i) => {
				const sent = results[i];
				if (!sent) return;
				const { clean, json } = received(sent);
				keep(file, clean, json);
			});
		}
	}
	return preparsed;
}

/** A file whose bytes the store has seen: its data, without parsing. */
function takeFromStore(file: FileToParse, store: ParsedFileStore, preparsed: Map<string, CleanFile>): boolean {
	const bytes = readContentFile(file, new Reporter());
	if (!bytes) return false;
	const fileHash = hashContent(bytes);
	const data = store.get(fileHash);
	const text = data === undefined ? undefined : decodeText(bytes);
	if (text === undefined) return false;
	preparsed.set(file.absolutePath, { text, data, hash: fileHash });
	return true;
}

/** The worker is this package's own file, as source or compiled. */
const WORKER_FILE = new URL(`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** A worker thread that claims chunks until none is left; resolves with what it parsed, by chunk. */
function parseOnWorker(work: ParseWork): Promise<ParsedChunk[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_FILE, { workerData: work });
		let done = false;
		worker.once('message', (parsed: ParsedChunk[]) => {
			done = true;
			resolve(parsed);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (!done) reject(new Error(`the YAML parsing thread stopped (exit code ${code})`));
		});
	});
}
