import { findAliasAmplification } from './alias-expansion.ts';
import { findControlCharacters, showControlCharacters } from './control-characters.ts';
import { readPlainYaml } from './read-plain-yaml.ts';
import { SourceFile } from './source-file.ts';
import { describeValue, name } from './zod-issues.ts';
import type { Reporter } from './reporter.ts';

/** Anchors and aliases may expand a small file into a huge value; past this many, it is refused. */
const MAX_ALIAS_COUNT = 1000;

export interface ParsedSource {
	source: SourceFile;
	/** The document as plain data (YAML 1.2 core schema: dates stay strings). */
	data: unknown;
}

/** A file's text: UTF-8, without a byte order mark; nothing when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Decodes and parses the bytes of one YAML file, reporting every syntax problem with its
 * position. Returns nothing when the file cannot be read as data at all. It touches no
 * file: reading is `readContentFile`'s.
 */
export function parseSource(bytes: Uint8Array, displayPath: string, reporter: Reporter): ParsedSource | undefined {
	const start = { file: displayPath, line: 1, column: 1 };
	const text = decodeText(bytes);
	if (text === undefined) {
		reporter.error('encoding', start, 'the file is not UTF-8 (perhaps GBK or Big5); save it as UTF-8 and try again');
		return undefined;
	}

	const source = new SourceFile(displayPath, text);
	// Most files are plain YAML, read quickly without a syntax tree (and free of control
	// characters); `yaml` reads the rest.
	const plain = readPlainYaml(text);
	if (plain) return { source, data: plain.data };
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
	const amplified = findAliasAmplification(document, text.length);
	if (amplified) {
		const limit = amplified.limit.toLocaleString('en');
		reporter.error('yaml-syntax', source.at(amplified.offset), `the aliases up to here expand the file past ${limit} characters (the limit is 10 times the file's size, at least 1,000,000); write the repeated text out once, or shorten it`);
		return undefined;
	}
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		reporter.error('yaml-syntax', source.start(), `the file expands into too much data through aliases (more than ${MAX_ALIAS_COUNT}): ${(error as Error).message}`);
		return undefined;
	}
	if (!checkControlCharacters(source, data, reporter)) return undefined;
	source.release();
	return { source, data };
}

/** Reports every key and text holding a control character; true when there is none. */
function checkControlCharacters(source: SourceFile, data: unknown, reporter: Reporter): boolean {
	const problems = findControlCharacters(data);
	for (const problem of problems) {
		const what = problem.target === 'key' ? `the key "${showControlCharacters(problem.text)}"` : `${name(problem.path)} (${showControlCharacters(describeValue(problem.text))})`;
		reporter.error('invalid-value', source.locate(problem.path, problem.target), `${what} holds a control character; only tabs and line breaks are allowed in text`);
	}
	return problems.length === 0;
}
