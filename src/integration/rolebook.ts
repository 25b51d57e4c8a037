import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getOrganization, setLoadResult } from '../model/current-organization.ts';
import { defaultContentDir, formatDiagnostic, formatSummary, loadOrganization, type LoadResult } from '../model/index.ts';
import { historyNotice, readHistory } from '../history/index.ts';
import { buildSearchIndex, SEARCH_BUNDLE_DIR, type SearchIndexResult } from '../search/build-index.ts';
import { StagedOutput } from './staged-output.ts';
import { verifyPages, verifySearchIndex } from './verify-output.ts';

function load(options: RolebookOptions): LoadResult {
	const contentDir = defaultContentDir();
	// Every version of every sheet, for the changes pages and the sign-offs; read from the cache after the first run.
	const history = readHistory(contentDir);
	const notice = historyNotice(history);
	if (notice) console.warn(notice);
	const result = loadOrganization(contentDir, { history, people: options.people });
	setLoadResult(result);
	if (result.diagnostics.length > 0) {
		for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
		console.error(formatSummary(result.diagnostics, result.fileCount));
	}
	return result;
}

/**
 * Loads the content folder once, before Astro starts, and prints its problems exactly
 * as `npm run validate` does. A build with errors stops here, before anything is
 * written. The dev server reloads the content, and the browser, whenever a YAML file
 * changes; pages then show the problems until they are fixed.
 */
export interface RolebookOptions {
	/**
	 * Load people even when `publish.people` is false. Only for a build that is printed and
	 * thrown away (the re-sign sheets of `npm run pdf -- --resign`), never for one that is published.
	 */
	people?: boolean | undefined;
}

export function rolebook(options: RolebookOptions = {}): AstroIntegration {
	let staged: StagedOutput | undefined;
	let searchIndex: Promise<SearchIndexResult> | undefined;
	return {
		name: 'rolebook',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const result = load(options);
				if (command === 'build' && result.errorCount > 0) {
					throw new Error(`The content in ${result.contentDir} has errors (listed above); nothing was built.`);
				}
				if (command === 'build') {
					staged = new StagedOutput(fileURLToPath(config.outDir));
					staged.prepare();
					updateConfig({ outDir: pathToFileURL(`${staged.stagingDir}/`) });
				}
				// A content folder may carry its own public files (the logo); else the project's public/ serves.
				const contentPublic = path.join(result.contentDir, 'public');
				updateConfig({ base: result.organization.site.base, ...(existsSync(contentPublic) ? { publicDir: pathToFileURL(`${contentPublic}/`) } : {}) });
			},
			'astro:server:setup': ({ server, logger }) => {
				const contentDir = defaultContentDir();
				server.watcher.add(contentDir);
				const reload = (file: string) => {
					if (!file.startsWith(contentDir + path.sep) || !/\.ya?ml$/i.test(file)) return;
					const result = load(options);
					logger.info(`${path.relative(contentDir, file)} changed: ${formatSummary(result.diagnostics, result.fileCount)}`);
					// Pages and their getStaticPaths read the model when they run; drop their cached modules.
					server.moduleGraph.invalidateAll();
					server.ws.send({ type: 'full-reload' });
				};
				server.watcher.on('change', reload);
				server.watcher.on('add', reload);
				server.watcher.on('unlink', reload);
			},
			// The index is fed from the model, not the pages, so pagefind (its own process) works
			// while Astro renders; it is written beside the output and moved in when both are done.
			'astro:build:start': () => {
				if (!staged) return;
				searchIndex = buildSearchIndex(getOrganization(), staged.searchDir);
				searchIndex.catch(() => {}); // awaited, and so reported, in astro:build:done
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { records, milliseconds } = await (searchIndex ?? buildSearchIndex(getOrganization(), outDir));
				if (searchIndex && staged) renameSync(path.join(staged.searchDir, SEARCH_BUNDLE_DIR), path.join(outDir, SEARCH_BUNDLE_DIR));
				logger.info(`search index: ${records} records in ${Math.round(milliseconds)} ms`);
				const problems = [...verifyPages(outDir, getOrganization()), ...verifySearchIndex(outDir, getOrganization())];
				if (problems.length > 0) throw new Error(`The build is incomplete; the previous site was kept:\n${problems.join('\n')}`);
				staged?.publish();
			},
		},
	};
}
