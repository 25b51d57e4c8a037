/**
 * A YAML parsing thread (see parse-in-parallel.ts): parses the files it is handed and
 * sends back, in their order, each clean file's text and data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { forSending, parseCleanFile, type FileToParse } from './parse-clean-file.ts';

parentPort!.postMessage((workerData as FileToParse[]).map((file) => {
	const clean = parseCleanFile(file);
	return clean && forSending(clean);
}));
