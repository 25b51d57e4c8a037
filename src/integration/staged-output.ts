import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

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
	private readonly previousDir: string;

	constructor(outDir: string) {
		this.finalDir = path.resolve(outDir);
		this.stagingDir = `${this.finalDir}.building`;
		this.searchDir = `${this.finalDir}.search`;
		this.previousDir = `${this.finalDir}.previous`;
	}

	/** Clears what an interrupted build may have left. */
	prepare(): void {
		rmSync(this.stagingDir, { recursive: true, force: true });
		rmSync(this.searchDir, { recursive: true, force: true });
		// An earlier publish stopped between its two renames: the last good site is the previous one.
		if (!existsSync(this.finalDir) && existsSync(this.previousDir)) renameSync(this.previousDir, this.finalDir);
		rmSync(this.previousDir, { recursive: true, force: true });
	}

	/** Swaps the finished staging folder in; the old site is removed only after. */
	publish(): void {
		if (existsSync(this.finalDir)) renameSync(this.finalDir, this.previousDir);
		renameSync(this.stagingDir, this.finalDir);
		rmSync(this.previousDir, { recursive: true, force: true });
		rmSync(this.searchDir, { recursive: true, force: true });
	}
}
