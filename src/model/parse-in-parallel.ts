import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFileRef } from './content-files.ts';
import { hashContent, parseCleanFile, type CleanFile, type FileToParse, type ParsedOnThread } from './parse-clean-file.ts';
import type { ParsedFileStore } from './parsed-file-store.ts';
import { decodeText } from './parse-source.ts';
import { readContentFile } from './read-content-file.ts';
import { Reporter } from './reporter.ts';

/** Files read and parsed ahead of the load, by absolute path: only those without any problem. */
export type Preparsed = ReadonlyMap<string, CleanFile>;

/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 400;

/** Files are handed out in chunks of this many: small enough that every thread finishes at about the same time. */
const CHUNK = 100;

/**
 * Reads and parses the YAML of many files ahead of the load: files the store knows by the
 * hash of their bytes are taken from it; the rest are parsed on every core. Worker threads
 * and this thread take chunks of files from one queue until it is empty, and the workers
 * send back plain data and the text (never a syntax tree). A file with any problem is left
 * out: the load reads it again itself, so every message is reported the one way, with its
 * position.
 */
export async function parseInParallel(files: readonly ContentFileRef[], store?: ParsedFileStore, threads = availableParallelism()): Promise<Preparsed> {
	const preparsed = new Map<string, CleanFile>();
	const onDisk = files.filter((file) => !file.read).map(({ absolutePath, displayPath }): FileToParse => ({ absolutePath, displayPath }));
	const unknown = store && !store.isEmpty ? onDisk.filter((file) => !takeFromStore(file, store, preparsed)) : onDisk;
	const queue: FileToParse[][] = [];
	for (let start = 0; start < unknown.length; start += CHUNK) queue.push(unknown.slice(start, start + CHUNK));
	const keep = (file: FileToParse, parsed: ParsedOnThread | (CleanFile & { json: string | undefined }) | undefined) => {
		if (!parsed) return;
		const json = 'json' in parsed ? parsed.json : undefined;
		if (json !== undefined) store?.put(parsed.hash, json);
		const data = 'data' in parsed ? parsed.data : JSON.parse(json!);
		preparsed.set(file.absolutePath, { text: parsed.text, hash: parsed.hash, data });
	};
	const workers = Math.max(0, Math.min(threads - 1, Math.floor(unknown.length / FILES_PER_WORKER)));
	const working = Array.from({ length: workers }, () => parseOnWorker(queue, keep));
	while (queue.length > 0) {
		const chunk = queue.shift()!;
		for (const file of chunk) keep(file, parseCleanFile(file));
		// Lets the workers' finished chunks in, and hands them the next.
		await new Promise((resolve) => setImmediate(resolve));
	}
	await Promise.all(working);
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

/** A worker thread that takes chunks from `queue` until it is empty; resolves when it has sent back its last. */
function parseOnWorker(queue: FileToParse[][], keep: (file: FileToParse, parsed: ParsedOnThread | undefined) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_FILE);
		let chunk: FileToParse[] | undefined;
		const next = () => {
			chunk = queue.shift();
			if (chunk) worker.postMessage(chunk);
			else void worker.terminate().then(() => resolve());
		};
		worker.on('message', (results: (ParsedOnThread | undefined)[]) => {
			chunk!.forEach((file, i) => keep(file, results[i]));
			next();
		});
		worker.once('online', next);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (chunk) reject(new Error(`the YAML parsing thread stopped (exit code ${code})`));
		});
	});
}
