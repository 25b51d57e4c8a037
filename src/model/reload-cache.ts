import type { ParsedFile, ParseCache } from './validate-entities.ts';

/**
 * The parse cache of a content folder loaded again and again (the dev server after each
 * edit): a file whose bytes did not change is not parsed or schema-checked again. Each
 * load starts a generation; what the last load did not use is let go at the next, so
 * edited files do not pile up.
 */
export class ReloadCache implements ParseCache {
	#previous = new Map<string, ParsedFile>();
	#current = new Map<string, ParsedFile>();

	get(key: string): ParsedFile | undefined {
		const file = this.#current.get(key) ?? this.#previous.get(key);
		if (file) this.#current.set(key, file);
		return file;
	}

	set(key: string, file: ParsedFile): void {
		this.#current.set(key, file);
	}

	/** Whether no load has used the cache yet. */
	get isEmpty(): boolean {
		return this.#current.size === 0 && this.#previous.size === 0;
	}

	/** Call before each load. */
	nextGeneration(): void {
		this.#previous = this.#current;
		this.#current = new Map();
	}
}
