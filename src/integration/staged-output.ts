import * as nodeFs from 'node:fs';
import path from 'node:path';

/** The few file operations publishing needs; tests hand in ones that fail. */
export type PublishFs = Pick<typeof nodeFs, 'existsSync' | 'renameSync' | 'rmSync'>;

/** A problem publishing: the message says what happened to the previous site. */
export class PublishError extends Error {}

const reason = (error: unknown) => {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'EPERM' || code === 'EACCES' ? `permission denied (${code}: the folder or a file in it is read-only or immutable)` : (error as Error).message;
};

/**
 * A build writes into a staging folder beside the output folder and replaces it only
 * once everything has been written and checked, so a failed or killed build leaves
 * the previous site as it was.
 */
export class StagedOutput {
	readonly finalDir: string;
	readonly stagingDir: string;
	/** Where the search index is written while pages are rendered. */
	readonly searchDir: string;
	#previousDir: string;
	readonly #fs: PublishFs;
	/** Things worth telling the user that did not stop the build (a leftover that could not be removed). */
	readonly warnings: string[] = [];

	constructor(outDir: string, fs: PublishFs = nodeFs) {
		this.finalDir = path.resolve(outDir);
		this.stagingDir = `${this.finalDir}.building`;
		this.searchDir = `${this.finalDir}.search`;
		this.#previousDir = `${this.finalDir}.previous`;
		this.#fs = fs;
	}

	/**
	 * Clears what an interrupted build may have left; runs before the content is even
	 * checked, so leftovers go whatever this run's outcome. Throws PublishError when a
	 * leftover that would get in the way cannot be removed.
	 */
	prepare(): void {
		const fs = this.#fs;
		for (const dir of [this.stagingDir, this.searchDir]) {
			try {
				fs.rmSync(dir, { recursive: true, force: true });
			} catch (error) {
				throw new PublishError(`cannot remove "${dir}", left by an earlier build: ${reason(error)}; remove it and build again. The site in "${this.finalDir}" is unchanged.`);
			}
		}
		// An earlier publish stopped between its two renames: the last good site is the previous one.
		if (!fs.existsSync(this.finalDir) && fs.existsSync(this.#previousDir)) {
			try {
				fs.renameSync(this.#previousDir, this.finalDir);
			} catch (error) {
				throw new PublishError(`cannot move the last good site "${this.#previousDir}" back to "${this.finalDir}": ${reason(error)}`);
			}
		}
		this.#removePrevious();
	}

	/**
	 * Swaps the finished staging folder in; the old site is removed only after. Either
	 * the new site is in place (and a previous one that cannot be removed is only a
	 * warning), or the old one is, and a PublishError says why.
	 */
	publish(): void {
		const fs = this.#fs;
		const hadSite = fs.existsSync(this.finalDir);
		if (hadSite) {
			try {
				fs.renameSync(this.finalDir, this.#previousDir);
			} catch (error) {
				this.#discardStaging();
				throw new PublishError(`cannot replace "${this.finalDir}": ${reason(error)}. The previous site was kept as it was; nothing was published.`);
			}
		}
		try {
			fs.renameSync(this.stagingDir, this.finalDir);
		} catch (error) {
			if (hadSite) fs.renameSync(this.#previousDir, this.finalDir);
			this.#discardStaging();
			throw new PublishError(`cannot move the new site into "${this.finalDir}": ${reason(error)}. The previous site was kept as it was; nothing was published.`);
		}
		this.#removePrevious();
		fs.rmSync(this.searchDir, { recursive: true, force: true });
	}

	/** Removes a previous site; one that cannot be (an immutable file in it) is set aside under a new name and reported. */
	#removePrevious(): void {
		const fs = this.#fs;
		if (!fs.existsSync(this.#previousDir)) return;
		try {
			fs.rmSync(this.#previousDir, { recursive: true, force: true });
		} catch (error) {
			this.warnings.push(`the old site in "${this.#previousDir}" could not be removed entirely: ${reason(error)}; remove it yourself`);
			// A later publish needs the name free.
			this.#previousDir = `${this.finalDir}.previous-${Date.now()}`;
		}
	}

	#discardStaging(): void {
		this.#fs.rmSync(this.stagingDir, { recursive: true, force: true });
		this.#fs.rmSync(this.searchDir, { recursive: true, force: true });
	}
}
