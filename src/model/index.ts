import path from 'node:path';
import { buildGraph, type GraphOptions } from './build-graph.ts';
import { checkReferences } from './check-references.ts';
import { checkRevisions } from './check-revisions.ts';
import { checkStructure } from './check-structure.ts';
import { commitDates } from './commit-dates.ts';
import type { ContentListing } from './content-files.ts';
import { compareDiagnostics, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { diskSource, type FileSource } from './file-source.ts';
import { parseInParallel, type Preparsed } from './parse-in-parallel.ts';
import type { ParsedFileStore } from './parsed-file-store.ts';
import { Reporter } from './reporter.ts';
import { resolveSignOffs } from './sign-offs.ts';
import type { SourceFile } from './source-file.ts';
import type { Organization, Provenance } from './types.ts';
import { allEntries, validateEntities, type ParseCache } from './validate-entities.ts';

export * from './diagnostics.ts';
export type { GraphOptions } from './build-graph.ts';
export type * from './types.ts';
export type * from '../history/types.ts';
export { diskSource, memorySource, type FileSource, type MemoryFile } from './file-source.ts';
export type { ParseCache } from './validate-entities.ts';
export { ReloadCache } from './reload-cache.ts';
export { ParsedFileStore } from './parsed-file-store.ts';

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

export interface LoadOptions extends GraphOptions {
	/** Derive each person's sign-off status (default true; the history, reading past content, has no use for it). */
	register?: boolean | undefined;
	/** Files parsed by earlier loads of the same folder, kept by content (see ReloadCache). */
	parseCache?: ParseCache | undefined;
}

/**
 * Loads, validates and resolves a content folder (or content from another source, such as
 * the folder at a past commit): the one way content enters Rolebook.
 */
export function loadOrganization(from: string | FileSource = defaultContentDir(), options: LoadOptions = {}): LoadResult {
	const source = typeof from === 'string' ? diskSource(from, options.parseCache) : from;
	const reporter = new Reporter();
	return resolveContent(source, source.listFiles(reporter), reporter, options);
}

/**
 * loadOrganization, with the YAML of a content folder parsed on every core first: the
 * same result, sooner, for commands that load a large folder once (validate, build).
 */
export async function loadOrganizationInParallel(contentDir: string = defaultContentDir(), options: ParallelLoadOptions = {}): Promise<LoadResult> {
	const source = diskSource(contentDir, options.parseCache);
	const reporter = new Reporter();
	const listing = source.listFiles(reporter);
	const preparsed = await parseInParallel(listing.files, options.store);
	options.store?.save();
	return resolveContent(source, listing, reporter, options, preparsed);
}

export interface ParallelLoadOptions extends LoadOptions {
	/** Data of files parsed by earlier runs, kept on the disk (`ParsedFileStore.open(contentDir)`); updated by this load. */
	store?: ParsedFileStore | undefined;
}

function resolveContent(source: FileSource, { files, unlisted }: ContentListing, reporter: Reporter, options: LoadOptions, preparsed?: Preparsed): LoadResult {
	const content = validateEntities(files, reporter, { cache: source.parseCache, preparsed });
	content.unlisted = unlisted;
	checkReferences(content, reporter);
	checkStructure(content, reporter);
	checkRevisions(content, reporter);
	const organization = buildGraph(content, options, source.onDisk ? provenanceIn(source.root) : undefined);
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

/** Each file's path from the content folder and its last commit date (read once, for every file). */
function provenanceIn(contentDir: string): (source: SourceFile) => Provenance {
	const root = path.resolve(contentDir);
	let dates: Map<string, string> | undefined;
	return (source) => {
		const sourcePath = path.relative(root, path.resolve(source.displayPath)).split(path.sep).join('/');
		dates ??= commitDates(root);
		return { sourcePath, lastUpdated: dates.get(sourcePath) };
	};
}
