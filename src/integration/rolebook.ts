import { randomUUID } from 'node:crypto';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { historyNotice, readHistory } from '../history/index.ts';
import { formatDiagnostic, formatSummary, loadOrganization, loadOrganizationInParallel, ParsedFileStore, ReloadCache, type LoadResult } from '../model/index.ts';
import { buildSearchIndex, indexesBeforePages, SEARCH_BUNDLE_DIR, searchIndexInput, writeSearchIndex, type SearchIndexResult } from '../search/build-index.ts';
import { DevSearchIndex } from '../search/dev-index.ts';
import { fileLoadedSite, forgetLoadedSite } from '../site/loaded-sites.ts';
import { astroConfigChanges, BUILD_CONCURRENCY } from './astro-config.ts';
import { holdsProject, underContent, watchContent } from './content-watcher.ts';
import { debounced, firstResponse } from './dev-schedule.ts';
import { acquireBuildLock, BuildLockedError } from './build-lock.ts';
import { REPLACEABLE_COMPONENTS, type ReplaceableComponent } from './components.ts';
import { parseOptions, type RolebookOptions, type RolebookUserOptions } from './options.ts';
import { PACKAGE_ROOT } from './package-root.ts';
import { findRoutes } from './routes.ts';
import { PublishError, StagedOutput } from './staged-output.ts';
import { verifyPages, verifySearchIndex } from './verify-output.ts';
import { rolebookVitePlugin } from './vite-plugin.ts';

export type { RolebookUserOptions } from './options.ts';

/**
 * Loads a content folder, printing its problems exactly as `rolebook validate` does. The
 * first load parses on every core; later ones (the dev server after an edit) parse only
 * the files whose bytes changed, kept in `cache`.
 */
async function load(contentDir: string, options: RolebookOptions, cache: ReloadCache): Promise<LoadResult> {
	// Every version of every sheet, for the changes pages and the sign-offs; read from the cache after the first run.
	const history = readHistory(contentDir);
	const first = cache.isEmpty;
	const notice = historyNotice(history);
	// Said once: the dev server loads again after every edit.
	if (notice && first) console.warn(notice);
	cache.nextGeneration();
	const loadOptions = { history, people: options.printPeople, parseCache: cache };
	const result = first ? await loadOrganizationInParallel(contentDir, { ...loadOptions, store: ParsedFileStore.open(contentDir) }) : loadOrganization(contentDir, loadOptions);
	if (result.diagnostics.length > 0) {
		for (const diagnostic of result.diagnostics) console.error(formatDiagnostic(diagnostic));
		console.error(formatSummary(result.diagnostics, result.fileCount));
	}
	return result;
}

/** The content folder: `CONTENT_DIR` when set (a one-off override), else the `content` option. */
function contentDirFor(options: RolebookOptions, root: string): string {
	return path.resolve(root, process.env['CONTENT_DIR'] || options.content);
}

/** `./src/x.css` is a file of the project; anything else (`@fontsource/inter`) a package. */
function cssSpecifier(entry: string, root: string): string {
	return entry.startsWith('.') || path.isAbsolute(entry) ? path.resolve(root, entry) : entry;
}

function replacementsFor(options: RolebookOptions, root: string): Map<string, string> {
	const entries = Object.entries(options.components) as [ReplaceableComponent, string | undefined][];
	return new Map(entries.filter(([, file]) => file).map(([name, file]) => [path.join(PACKAGE_ROOT, REPLACEABLE_COMPONENTS[name].file), path.resolve(root, file!)]));
}

/** How long the dev server waits after its first page or an edit before it indexes the content for search. */
const DEV_SEARCH_DELAY_MS = 1500;

/** A build stopped for a reason already told: what a program calling Astro's build() catches. */
export class BuildStoppedError extends Error {
	override name = 'BuildStoppedError';
}

/** Whether this process is the `astro` command itself (not a program calling build()). */
const UNDER_ASTRO_COMMAND = /^astro(\.m?js)?$/.test(path.basename(process.argv[1] ?? ''));

/**
 * Ends a build that cannot go on. Under the `astro` command the messages above and this
 * one say why, and the stack trace Astro would print would only bury them: exit status
 * 1, quietly. A program that called build() (`npm run build`) gets an error to catch.
 */
function stopBuild(message: string, release?: () => void): never {
	release?.();
	if (!UNDER_ASTRO_COMMAND) throw new BuildStoppedError(message);
	console.error(message);
	process.exit(1);
}

/** The lock, then the leftovers of an earlier build, whatever this build's content holds. */
function prepareOutput(outDir: URL): { staged: StagedOutput; release: () => void } {
	const staged = new StagedOutput(fileURLToPath(outDir));
	let release: (() => void) | undefined;
	try {
		release = acquireBuildLock(staged.finalDir);
		staged.prepare();
	} catch (error) {
		if (error instanceof BuildLockedError || error instanceof PublishError) stopBuild(error.message, release);
		throw error;
	}
	return { staged, release };
}

/**
 * The Rolebook integration: `integrations: [rolebook({ content: './content' })]`.
 *
 * It loads the content folder once, before Astro starts, and prints its problems exactly
 * as `rolebook validate` does; a build with errors stops there, before anything is
 * written. It serves every route file of the package's `src/routes/`, hands the loaded
 * organisation to those pages (src/site/loaded-sites.ts), builds the search index from
 * the same organisation, and publishes the output only once it is whole. The dev
 * server reloads the content, and the browser, whenever a YAML file changes; pages then
 * show the problems until they are fixed.
 */
export function rolebook(userOptions?: RolebookUserOptions): AstroIntegration {
	const options = parseOptions(userOptions);
	let site: { key: string; contentDir: string; load: LoadResult } | undefined;
	const cache = new ReloadCache();
	let staged: StagedOutput | undefined;
	let release: (() => void) | undefined;
	let searchIndex: Promise<SearchIndexResult> | undefined;
	/** What Astro is doing: `dev`, `build`, … */
	let running: string | undefined;
	/** Stops what the dev server started: the content watcher, pending reloads, the search index. */
	let stopDevServer: (() => void) | undefined;
	const loaded = () => {
		if (!site) throw new Error('rolebook(): the content was not loaded (astro:config:setup did not run)');
		return site.load;
	};
	return {
		name: 'rolebook',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig, injectRoute, logger }) => {
				running = command;
				const root = fileURLToPath(config.root);
				const contentDir = contentDirFor(options, root);
				site = { key: randomUUID(), contentDir, load: await load(contentDir, options, cache) };
				fileLoadedSite(site.key, site.load);
				const { organization, errorCount } = site.load;
				if (command === 'build') {
					({ staged, release } = prepareOutput(config.outDir));
					if (errorCount > 0) stopBuild(`The content in ${contentDir} has errors (listed above); nothing was built, and the site in ${staged.finalDir} is unchanged.`, release);
					updateConfig({ outDir: pathToFileURL(`${staged.stagingDir}/`) });
					// The index is fed from the model, not the pages, so pagefind (its own process)
					// works from now on, while Astro renders unless both at once would need too much
					// memory; it is moved in when both are done.
					const search = searchIndexInput(organization);
					searchIndex = writeSearchIndex(search, staged.searchDir);
					searchIndex.catch(() => {}); // awaited, and so reported, in astro:build:done
					if (indexesBeforePages(search, organization.roles.length)) {
						logger.info(`search index: ${search.records.length} records, written before the pages: indexing while they render would need more than 2 GB at once`);
						try {
							await searchIndex;
						} catch (error) {
							stopBuild(`The search index could not be written (${(error as Error).message}); nothing was built, and the site in ${staged.finalDir} is unchanged.`, release);
						}
					}
					// Pages are rendered one after another unless asked: while one waits for its file
					// to be written, the next can render.
					if (config.build.concurrency === 1) updateConfig({ build: { concurrency: BUILD_CONCURRENCY } });
				}
				for (const route of findRoutes(path.join(PACKAGE_ROOT, 'src/routes'))) injectRoute({ ...route, prerender: true });
				const customCss = options.customCss.map((entry) => cssSpecifier(entry, root));
				updateConfig({ vite: { plugins: [rolebookVitePlugin({ key: site.key, contentDir, customCss, replacements: replacementsFor(options, root) })] } });
				// The content folder has a watcher of its own (see watchContent), unless it holds the project.
				if (command === 'dev' && !holdsProject(contentDir, root)) updateConfig({ vite: { server: { watch: { ignored: [underContent(contentDir)] } } } });
				// base, publicDir (the content folder's public/, with its logo), and what the strict CSP needs.
				const changes = astroConfigChanges(config, organization.site.base, contentDir);
				for (const warning of changes.warnings) console.warn(`warning: ${warning}`);
				updateConfig(changes.config);
			},
			'astro:server:setup': ({ server, logger }) => {
				// A build starts a Vite server of its own, to sync content, which calls this hook unless
				// NODE_ENV is production. Nothing is watched or indexed there: a watcher would keep the
				// build's process alive, and two indexes at once would share, and close, the one pagefind service.
				if (running !== 'dev') return;
				const { key, contentDir } = site!;
				// Search works in development too: indexed from the model now and after each change.
				const search = new DevSearchIndex(site!.load.organization.site.base);
				const index = debounced(DEV_SEARCH_DELAY_MS, () => {
					search.rebuild(site!.load.organization).then(
						(records) => logger.info(`search index: ${records} records`),
						(error: unknown) => logger.error(`search index not built: ${error instanceof Error ? error.message : String(error)}`),
					);
				});
				// The page the author is looking at comes first: the first index waits for the first page served.
				server.middlewares.use(firstResponse(() => index.schedule()));
				server.middlewares.use(search.middleware);
				const reload = async (files: string) => {
					let summary: string;
					const started = performance.now();
					try {
						site = { key, contentDir, load: await load(contentDir, options, cache) };
						fileLoadedSite(key, site.load);
						summary = `${formatSummary(site.load.diagnostics, site.load.fileCount)} (loaded in ${Math.round(performance.now() - started)} ms)`;
					} catch (error) {
						summary = `could not be loaded: ${(error as Error).message}`;
					}
					logger.info(`${files} changed: ${summary}`);
					// Pages read the model when they run: only the paths Astro keeps of each route must go
					// (as for its own content collections); compiled modules stay.
					for (const [name, environment] of Object.entries(server.environments)) {
						if (name !== 'client') environment.hot.send('astro:content-changed', {});
					}
					server.ws.send({ type: 'full-reload' });
					index.schedule();
				};
				// Any change in the folder may matter: a link, a folder or a pipe appearing is reported like a YAML edit.
				// Changes are gathered for a moment: the watcher reports two quick writes to one file once,
				// and the content must be read after the last of them.
				const changed = new Set<string>();
				const gathered = debounced(120, () => {
					const files = [...changed].join(', ');
					changed.clear();
					void reload(files);
				});
				const watcher = watchContent(
					contentDir,
					(file) => {
						changed.add(file);
						gathered.schedule();
					},
					(error) => logger.error(`${contentDir} is no longer watched: ${error.message}; restart the dev server to see further changes`),
				);
				stopDevServer = () => {
					watcher.close();
					index.cancel();
					gathered.cancel();
					search.dispose();
				};
			},
			'astro:server:done': () => {
				stopDevServer?.();
				stopDevServer = undefined;
				if (site) forgetLoadedSite(site.key);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { organization } = loaded();
				forgetLoadedSite(site!.key);
				const { records, milliseconds } = await (searchIndex ?? buildSearchIndex(organization, outDir));
				if (searchIndex && staged) renameSync(path.join(staged.searchDir, SEARCH_BUNDLE_DIR), path.join(outDir, SEARCH_BUNDLE_DIR));
				logger.info(`search index: ${records} records in ${Math.round(milliseconds)} ms`);
				const problems = [...verifyPages(outDir, organization), ...verifySearchIndex(outDir, organization)];
				if (problems.length > 0) stopBuild(`The build is incomplete; the previous site was kept:\n${problems.join('\n')}`, release);
				try {
					staged?.publish();
				} catch (error) {
					if (error instanceof PublishError) stopBuild(error.message, release);
					throw error;
				}
				release?.();
				// Printed whatever Astro's log level: the user must hear of a file the publish could not replace.
				for (const warning of staged?.warnings ?? []) console.warn(`warning: ${warning}`);
			},
		},
	};
}

export default rolebook;
