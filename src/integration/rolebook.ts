import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getOrganization, setLoadResult } from '../model/current-organization.ts';
import { defaultContentDir, formatDiagnostic, formatSummary, loadOrganization, type LoadResult } from '../model/index.ts';
import { historyNotice, readHistory } from '../history/index.ts';
import { buildSearchIndex, SEARCH_BUNDLE_DIR, type SearchIndexResult } from '../search/build-index.ts';
import { acquireBuildLock, BuildLockedError } from './build-lock.ts';
import { PublishError, StagedOutput } from './staged-output.ts';
import { verifyPages, verifySearchIndex } from './verify-output.ts';

function load(): LoadResult {
	const contentDir = defaultContentDir();
	// Every version of every sheet, for the changes pages and the sign-offs; read from the cache after the first run.
	const history = readHistory(contentDir);
	const notice = historyNotice(history);
	if (notice) console.warn(notice);
	const result = loadOrganization(contentDir, { history });
	setLoadResult(result);
	if (result.diagnostics.length > 0) {
		for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
		console.error(formatSummary(result.diagnostics, result.fileCount));
	}
	return result;
}

/**
 * Ends a build that cannot go on: the messages above and this one say why, and a stack
 * trace would only bury them. Exit status 1.
 */
function stopBuild(message: string): never {
	console.error(message);
	process.exit(1);
}

/** The lock, then the leftovers of an earlier build, whatever this build's content holds. */
function prepareOutput(outDir: URL): StagedOutput {
	const staged = new StagedOutput(fileURLToPath(outDir));
	try {
		acquireBuildLock(staged.finalDir);
		staged.prepare();
	} catch (error) {
		if (error instanceof BuildLockedError || error instanceof PublishError) stopBuild(error.message);
		throw error;
	}
	return staged;
}

/**
 * Loads the content folder once, before Astro starts, and prints its problems exactly
 * as `npm run validate` does. A build with errors stops here, before anything is
 * written. The dev server reloads the content, and the browser, whenever a YAML file
 * changes; pages then show the problems until they are fixed.
 */
export function rolebook(): AstroIntegration {
	let staged: StagedOutput | undefined;
	let searchIndex: Promise<SearchIndexResult> | undefined;
	return {
		name: 'rolebook',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const result = load();
				if (command === 'build') {
					staged = prepareOutput(config.outDir);
					if (result.errorCount > 0) stopBuild(`The content in ${result.contentDir} has errors (listed above); nothing was built, and the site in ${staged.finalDir} is unchanged.`);
					updateConfig({ outDir: pathToFileURL(`${staged.stagingDir}/`) });
				}
				// A content folder may carry its own public files (the logo); else the project's public/ serves.
				const contentPublic = path.join(result.contentDir, 'public');
				// The watcher does not follow links: a loop of them (`ln -s . roles/loop`) is the model's to report, once.
				if (command === 'dev') updateConfig({ vite: { server: { watch: { followSymlinks: false } } } });
				updateConfig({ base: result.organization.site.base, ...(existsSync(contentPublic) ? { publicDir: pathToFileURL(`${contentPublic}/`) } : {}) });
			},
			'astro:server:setup': ({ server, logger }) => {
				const contentDir = defaultContentDir();
				server.watcher.add(contentDir);
				// Any change in the folder may matter: a link, a folder or a pipe appearing is reported like a YAML edit.
				// Changes are gathered for a moment: the watcher reports two quick writes to one file once,
				// and the content must be read after the last of them.
				const changed = new Set<string>();
				let timer: NodeJS.Timeout | undefined;
				const schedule = (file: string) => {
					if (!file.startsWith(contentDir + path.sep)) return;
					changed.add(path.relative(contentDir, file));
					clearTimeout(timer);
					timer = setTimeout(reload, 120);
				};
				const reload = () => {
					const files = [...changed].join(', ');
					changed.clear();
					let summary: string;
					try {
						const result = load();
						summary = formatSummary(result.diagnostics, result.fileCount);
					} catch (error) {
						summary = `could not be loaded: ${(error as Error).message}`;
					}
					logger.info(`${files} changed: ${summary}`);
					// Pages and their getStaticPaths read the model when they run; drop their cached modules.
					server.moduleGraph.invalidateAll();
					server.ws.send({ type: 'full-reload' });
				};
				for (const event of ['change', 'add', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, schedule);
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
				if (problems.length > 0) stopBuild(`The build is incomplete; the previous site was kept:\n${problems.join('\n')}`);
				try {
					staged?.publish();
				} catch (error) {
					if (error instanceof PublishError) stopBuild(error.message);
					throw error;
				}
				for (const warning of staged?.warnings ?? []) logger.warn(warning);
			},
		},
	};
}
