import path from 'node:path';
import { buildGraph, type GraphOptions } from './build-graph.ts';
import { checkReferences } from './check-references.ts';
import { checkRevisions } from './check-revisions.ts';
import { checkStructure } from './check-structure.ts';
import { commitDates } from './commit-dates.ts';
import { listContentFiles } from './content-files.ts';
import { compareDiagnostics, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { Reporter } from './reporter.ts';
import type { SourceFile } from './source-file.ts';
import type { Organization, Provenance } from './types.ts';
import { validateEntities } from './validate-entities.ts';

export * from './diagnostics.ts';
export type { GraphOptions } from './build-graph.ts';
export type * from './types.ts';

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

/** Loads, validates and resolves a content folder: the one way content enters Rolebook. */
export function loadOrganization(contentDir: string = defaultContentDir(), options: GraphOptions = {}): LoadResult {
	const reporter = new Reporter();
	const { files, unlisted } = listContentFiles(contentDir, reporter);
	const content = validateEntities(files, reporter);
	content.unlisted = unlisted;
	checkReferences(content, reporter);
	checkStructure(content, reporter);
	checkRevisions(content, reporter);
	const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
	return {
		organization: buildGraph(content, options, provenanceIn(contentDir)),
		diagnostics,
		errorCount: countBySeverity(diagnostics).errors,
		fileCount: files.length,
		contentDir: path.resolve(contentDir),
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
