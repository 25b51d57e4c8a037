import path from 'node:path';
import { buildGraph } from './build-graph.ts';
import { checkReferences } from './check-references.ts';
import { checkStructure } from './check-structure.ts';
import { compareDiagnostics, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { diskSource, type FileSource } from './file-source.ts';
import { Reporter } from './reporter.ts';
import { resolveSignOffs } from './sign-offs.ts';
import type { SheetHistory } from '../history/types.ts';
import type { Organization } from './types.ts';
import { allEntries, validateEntities } from './validate-entities.ts';

export * from './diagnostics.ts';
export type * from './types.ts';
export type * from '../history/types.ts';
export { diskSource, memorySource, type FileSource, type MemoryFile } from './file-source.ts';
export type { ParseCache } from './validate-entities.ts';

export interface LoadResult {
	/** Best effort when there are errors: whatever validated, resolved. */
	organization: Organization;
	/** Every problem found, sorted by file, line and column. */
	diagnostics: Diagnostic[];
	errorCount: number;
	fileCount: number;
	contentDir: string;
}

/** The content folder: `CONTENT_DIR`, else `content/` in the working directory. */
export function defaultContentDir(): string {
	return path.resolve(process.env['CONTENT_DIR'] || 'content');
}

export interface LoadOptions {
	/**
	 * The committed versions of every role's printed text (see src/history/): what
	 * signatures are checked against and the changes pages show. Without it only the
	 * present text is known.
	 */
	history?: SheetHistory | undefined;
	/** People in the organisation even when `publish.people` is false: for HR's commands, never for the site. */
	allPeople?: boolean | undefined;
	/** Derive each person's sign-off status (default true; the history, reading past content, has no use for it). */
	register?: boolean | undefined;
}

const NO_HISTORY: SheetHistory = { available: false, reason: 'the history of the content folder was not read' };

/**
 * Loads, validates and resolves a content folder (or content from another source, such as
 * a past commit): the one way content enters Rolebook.
 */
export function loadOrganization(from: string | FileSource = defaultContentDir(), options: LoadOptions = {}): LoadResult {
	const source = typeof from === 'string' ? diskSource(from) : from;
	const reporter = new Reporter();
	const files = source.listFiles(reporter);
	const content = validateEntities(files, reporter, source.parseCache);
	checkReferences(content, reporter);
	checkStructure(content, reporter);
	const organization = buildGraph(content, { allPeople: options.allPeople ?? false, history: options.history ?? NO_HISTORY });
	resolveSignOffs(organization, options.register === false ? [] : allEntries(content).people, reporter, options.register !== false);
	const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
	return {
		organization,
		diagnostics,
		errorCount: countBySeverity(diagnostics).errors,
		fileCount: files.length,
		contentDir: source.root,
	};
}
