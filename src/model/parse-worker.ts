/**
 * A YAML parsing thread (see parse-in-parallel.ts): claims chunks of files until none is
 * left, then sends back each clean file's text and data, by chunk.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { forSending, parseCleanFile, type ParsedChunk, type ParseWork } from './parse-clean-file.ts';

const { chunks, claim } = workerData as ParseWork;
const parsed: ParsedChunk[] = [];
for (let next = Atomics.add(claim, 0, 1); next < chunks.length; next = Atomics.add(claim, 0, 1)) {
	parsed.push([
		next,
		chunks[next]!.map((file) => {
			const clean = parseCleanFile(file);
			return clean && forSending(clean);
		}),
	]);
}
parentPort!.postMessage(parsed);
