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

/**
 * Reads and parses the YAML of many files ahead of the load: files the store knows by the
 * hash of their bytes are taken from it; the rest are parsed on every core, worker threads
 * each taking a share while this thread parses its own, and sending back plain data and the
 * text (never a syntax tree). A file with any problem is left out: the load reads it again
 * itself, so every message is reported the one way, with its position.
 */
export async function parseInParallel(files: readonly ContentFileRef[], store?: ParsedFileStore, threads = availableParallelism()): Promise<Preparsed> {
	const preparsed = new Map<string, CleanFile>();
	const onDisk = files.filter((file) => !file.read).map(({ absolutePath, displayPath }): FileToParse => ({ absolutePath, displayPath }));
	const unknown = store && !store.isEmpty ? onDisk.filter((file) => !takeFromStore(file, store, preparsed)) : onDisk;
	const workers = Math.max(0, Math.min(threads - 1, Math.floor(unknown.length / FILES_PER_WORKER)));
	// This thread also loads what follows (the schemas, the graph): it takes a smaller share.
	const ownShare = Math.ceil(unknown.length / (workers + 1) / (workers > 0 ? 1.25 : 1));
	const shares = [unknown.slice(0, ownShare), ...splitEvenly(unknown.slice(ownShare), workers)];
	const parsing = shares.slice(1).map((share) => parseOnWorker(share));
	shares[0]!.forEach((file) => {
		const clean = parseCleanFile(file);
		if (!clean) return;
		if (clean.json !== undefined) store?.put(clean.hash, clean.json);
		preparsed.set(file.absolutePath, { text: clean.text, hash: clean.hash, data: clean.data });
	});
	const results = await Promise.all(parsing);
	shares.slice(1).forEach((share, i) => {
		share.forEach((file, j) => {
			const sent = results[i]![j];
			if (!sent) return;
			if ('json' in sent) store?.put(sent.hash, sent.json);
			preparsed.set(file.absolutePath, { text: sent.text, hash: sent.hash, data: 'json' in sent ? JSON.parse(sent.json) : sent.data });
		});
	});
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

function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
	const size = Math.ceil(items.length / Math.max(parts, 1));
	return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The worker is this package's own file, as source or compiled. */
const WORKER_FILE = new URL(`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

function parseOnWorker(files: FileToParse[]): Promise<(ParsedOnThread | undefined)[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_FILE, { workerData: files });
		worker.once('message', (results: (ParsedOnThread | undefined)[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`the YAML parsing thread stopped (exit code ${code})`));
		});
	});
}
