import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFileRef } from './content-files.ts';
import { parseCleanFile, type CleanFile, type FileToParse } from './parse-clean-file.ts';

/** Files read and parsed ahead of the load, by absolute path: only those without any problem. */
export type Preparsed = ReadonlyMap<string, CleanFile>;

/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 400;

/**
 * Reads and parses the YAML of many files on every core: worker threads each take a share
 * while this thread parses its own, and send back plain data and the text (never a syntax
 * tree). A file with any problem is left out: the load reads it again itself, so every
 * message is reported the one way, with its position.
 */
export async function parseInParallel(files: readonly ContentFileRef[], threads = availableParallelism()): Promise<Preparsed> {
	const onDisk = files.filter((file) => !file.read).map(({ absolutePath, displayPath }): FileToParse => ({ absolutePath, displayPath }));
	const workers = Math.max(0, Math.min(threads - 1, Math.floor(onDisk.length / FILES_PER_WORKER)));
	// This thread also loads what follows (the schemas, the graph): it takes a smaller share.
	const ownShare = Math.ceil(onDisk.length / (workers + 1) / (workers > 0 ? 1.25 : 1));
	const shares = splitEvenly(onDisk.slice(ownShare), workers);
	const parsing = shares.map((share) => parseOnWorker(share));
	const own = onDisk.slice(0, ownShare).map(parseCleanFile);
	const results = [own, ...(await Promise.all(parsing))];
	const preparsed = new Map<string, CleanFile>();
	for (const [i, share] of [onDisk.slice(0, ownShare), ...shares].entries()) {
		share.forEach((file, j) => {
			const clean = results[i]![j];
			if (clean) preparsed.set(file.absolutePath, clean);
		});
	}
	return preparsed;
}

function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
	const size = Math.ceil(items.length / Math.max(parts, 1));
	return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The worker is this package's own file, as source or compiled. */
const WORKER_FILE = new URL(`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

function parseOnWorker(files: FileToParse[]): Promise<(CleanFile | undefined)[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_FILE, { workerData: files });
		worker.once('message', (results: (CleanFile | undefined)[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`the YAML parsing thread stopped (exit code ${code})`));
		});
	});
}
