import path from 'node:path';
import { buildGraph } from './build-graph.ts';
import { checkReferences } from './check-references.ts';
import { checkRevisions } from './check-revisions.ts';
import { checkStructure } from './check-structure.ts';
import { listContentFiles } from './content-files.ts';
import { compareDiagnostics, countBySeverity, type Diagnostic } from './diagnostics.ts';
import { Reporter } from './reporter.ts';
import type { Organization } from './types.ts';
import { validateEntities } from './validate-entities.ts';

export * from './diagnostics.ts';
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
export function loadOrganization(contentDir: string = defaultContentDir()): LoadResult {
	const reporter = new Reporter();
	const files = listContentFiles(contentDir, reporter);
	const content = validateEntities(files, reporter);
	checkReferences(content, reporter);
	checkStructure(content, reporter);
	checkRevisions(content, reporter);
	const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
	return {
		organization: buildGraph(content),
		diagnostics,
		errorCount: countBySeverity(diagnostics).errors,
		fileCount: files.length,
		contentDir: path.resolve(contentDir),
	};
}
