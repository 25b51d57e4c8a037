/**
 * A YAML parsing thread (see parse-in-parallel.ts): parses each chunk of files it is handed
 * and sends back, in their order, each clean file's text and data.
 */
import { parentPort } from 'node:worker_threads';
import { forSending, parseCleanFile, type FileToParse } from './parse-clean-file.ts';

parentPort!.on('message', (files: FileToParse[]) => {
	parentPort!.postMessage(
		files.map((file) => {
			const clean = parseCleanFile(file);
			return clean && forSending(clean);
		}),
	);
});
