import { readFileSync } from 'node:fs';
import { SourceFile } from './source-file.ts';
import type { Reporter } from './reporter.ts';

/** Anchors and aliases may expand a small file into a huge value; past this many, it is refused. */
const MAX_ALIAS_COUNT = 1000;

export interface ParsedSource {
	source: SourceFile;
	/** The document as plain data (YAML 1.2 core schema: dates stay strings). */
	data: unknown;
}

/**
 * Reads and parses one YAML file, reporting every syntax problem with its position.
 * Returns nothing when the file cannot be read as data at all. `bytes` are the file's
 * content when it does not come from the disk.
 */
export function readSource(absolutePath: string, displayPath: string, reporter: Reporter, bytes: Uint8Array = readFileSync(absolutePath)): ParsedSource | undefined {
	const start = { file: displayPath, line: 1, column: 1 };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		reporter.error('encoding', start, 'the file is not UTF-8 (perhaps GBK or Big5); save it as UTF-8 and try again');
		return undefined;
	}

	const source = new SourceFile(displayPath, text);
	const { document } = source;
	if (document.errors.length > 0) {
		for (const error of document.errors) {
			if (error.code === 'DUPLICATE_KEY') {
				const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim();
				reporter.error('duplicate-key', source.at(error.pos[0]), `duplicate key "${key}": a key may appear only once in a mapping`);
			} else {
				reporter.error('yaml-syntax', source.at(error.pos[0]), `YAML syntax: ${error.message.replace(/\s+/g, ' ').trim()}`);
			}
		}
		return undefined;
	}
	if (document.contents === null || (document.contents as { value?: unknown }).value === null) {
		reporter.error('empty-file', source.start(), 'the file is empty; every content file describes one thing');
		return undefined;
	}
	try {
		const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		source.release();
		return { source, data };
	} catch (error) {
		reporter.error('yaml-syntax', source.start(), `the file expands into too much data through aliases (more than ${MAX_ALIAS_COUNT}): ${(error as Error).message}`);
		return undefined;
	}
}
