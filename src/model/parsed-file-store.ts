import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CACHE_DIR, parseFolder, removeUnusedCaches } from './cache-dir.ts';
import { codeVersion } from './code-version.ts';

/** Bumped when the store's shape changes. */
const STORE_FORMAT = 2;

/** A store's file name: `parsed-`, a hash of its content folder's path, `.tsv`. */
const STORE_NAME = /^parsed-[0-9a-f]{16}\.tsv$/;

/**
 * The data of every content file that parsed cleanly, kept on the disk between runs by a
 * hash of the file's bytes (one line per file: the hash, a tab, the data as JSON). A run
 * then parses only the files that changed since the last. The store is trusted only with
 * the same model code and the same YAML parser; anything else starts it afresh. It lives
 * with Rolebook's other caches, never in the content folder; the stores of folders that
 * are gone, or that other code made, are removed when a store is written.
 */
export class ParsedFileStore {
	readonly #file: string;
	/** What the first line says: the format, the code and parser that made the data, and the content folder. */
	readonly #header: string;
	/** The first line's start shared by every store this code can read, whatever its folder. */
	readonly #readable: string;
	/** hash → data as JSON, as read from the disk. */
	readonly #stored: Map<string, string>;
	/** What this run used or added: what the next run will find. */
	readonly #kept = new Map<string, string>();
	#added = false;

	private constructor(file: string, readable: string, contentDir: string) {
		this.#file = file;
		this.#readable = readable;
		this.#header = `${readable}${JSON.stringify(contentDir)}`;
		this.#stored = readStore(file, this.#header);
	}

	/** The store of one content folder (empty when there is none yet, or it was made by other code). */
	static open(contentDir: string, cacheDir: string = DEFAULT_CACHE_DIR): ParsedFileStore {
		const readable = `rolebook-parsed-files\t${STORE_FORMAT}\t${codeVersion(['model'])}\t${yamlVersion()}\t`;
		return new ParsedFileStore(parsedFileStorePath(contentDir, cacheDir), readable, path.resolve(contentDir));
	}

	get isEmpty(): boolean {
		return this.#stored.size === 0;
	}

	/** The data of a file with this hash, parsed before; nothing when unknown. */
	get(fileHash: string): unknown {
		const json = this.#stored.get(fileHash) ?? this.#kept.get(fileHash);
		if (json === undefined) return undefined;
		this.#kept.set(fileHash, json);
		return JSON.parse(json);
	}

	/** A clean file's data, as JSON (see toStorableJson). */
	put(fileHash: string, json: string): void {
		if (!this.#kept.has(fileHash)) this.#added = true;
		this.#kept.set(fileHash, json);
	}

	/** Writes what this run used, when it differs from what was read. A store that cannot be written only makes the next run slower. */
	save(): void {
		if (!this.#added && this.#kept.size === this.#stored.size) return;
		try {
			mkdirSync(path.dirname(this.#file), { recursive: true });
			const temporary = `${this.#file}.${process.pid}.tmp`;
			const lines = [this.#header];
			for (const [fileHash, json] of this.#kept) lines.push(`${fileHash}\t${json}`);
			writeFileSync(temporary, `${lines.join('\n')}\n`);
			renameSync(temporary, this.#file);
			this.#removeOthersUnused();
		} catch {
			// The next run parses again.
		}
	}

	/**
	 * Removes the other stores no run will read: those of content folders that no longer
	 * exist (a moved folder's, a test's) and those made by other code. Without this, the
	 * cache would keep a store for every folder ever loaded.
	 */
	#removeOthersUnused(): void {
		removeUnusedCaches(this.#file, STORE_NAME, (head) => {
			const end = head.indexOf('\n');
			const header = end < 0 ? head : head.slice(0, end);
			const folder = header.startsWith(this.#readable) ? parseFolder(header.slice(this.#readable.length)) : undefined;
			return folder === undefined || !existsSync(folder);
		});
	}
}

/** The file the store of `contentDir` is kept in (removing it makes the next run parse every file). */
export function parsedFileStorePath(contentDir: string, cacheDir: string = DEFAULT_CACHE_DIR): string {
	return path.join(cacheDir, `parsed-${hash('sha1', path.resolve(contentDir), 'hex').slice(0, 16)}.tsv`);
}

function readStore(file: string, header: string): Map<string, string> {
	const stored = new Map<string, string>();
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return stored;
	}
	const lines = text.split('\n');
	if (lines[0] !== header) return stored;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!;
		const tab = line.indexOf('\t');
		if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
	}
	return stored;
}

let parserVersion: string | undefined;

function yamlVersion(): string {
	if (parserVersion === undefined) {
		try {
			const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('yaml'))), '..', 'package.json');
			parserVersion = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		} catch {
			parserVersion = 'unknown';
		}
	}
	return parserVersion;
}

/**
 * The data as JSON when JSON gives back exactly the same data, else nothing: YAML's
 * `.inf`, `.nan` and `-0` have no JSON form, and such a file is simply parsed every time.
 */
export function toStorableJson(data: unknown): string | undefined {
	let exact = true;
	const json = JSON.stringify(data, (_key, value: unknown) => {
		if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) exact = false;
		return value;
	});
	return exact ? json : undefined;
}
