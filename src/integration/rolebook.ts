import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatDiagnostic, formatSummary, loadOrganization, type LoadResult } from '../model/index.ts';
import { buildSearchIndex, SEARCH_BUNDLE_DIR, type SearchIndexResult } from '../search/build-index.ts';
import { fileLoadedSite, forgetLoadedSite } from '../site/loaded-sites.ts';
import { REPLACEABLE_COMPONENTS, type ReplaceableComponent } from './components.ts';
import { parseOptions, type RolebookOptions, type RolebookUserOptions } from './options.ts';
import { PACKAGE_ROOT } from './package-root.ts';
import { findRoutes } from './routes.ts';
import { StagedOutput } from './staged-output.ts';
import { verifyPages, verifySearchIndex } from './verify-output.ts';
import { rolebookVitePlugin } from './vite-plugin.ts';

export type { RolebookUserOptions } from './options.ts';

/** Loads a content folder, printing its problems exactly as `rolebook validate` does. */
function load(contentDir: string): LoadResult {
	const result = loadOrganization(contentDir);
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
	return new Map(entries.filter(([, file]) => file).map(([name, file]) => [path.join(PACKAGE_ROOT, REPLACEABLE_COMPONENTS[name]), path.resolve(root, file!)]));
}

/**
 * The Rolebook integration: `integrations: [rolebook({ content: './content' })]`.
 *
 * It loads the content folder once, before Astro starts, and prints its problems exactly
 * as `rolebook validate` does; a build with errors stops there, before anything is
 * written. It serves every route file of the package's `src/routes/`, hands the loaded
 * organisation to those pages (src/site/loaded-sites.ts), builds the search index from
 * the same organisation, and publishes the output only once it is whole. The dev
 * server reloads the content, and the browser, whenever a YAML file changes.
 */
export function rolebook(userOptions?: RolebookUserOptions): AstroIntegration {
	const options = parseOptions(userOptions);
	let site: { key: string; contentDir: string; load: LoadResult } | undefined;
	let staged: StagedOutput | undefined;
	let searchIndex: Promise<SearchIndexResult> | undefined;
	const loaded = () => {
		if (!site) throw new Error('rolebook(): the content was not loaded (astro:config:setup did not run)');
		return site.load;
	};
	return {
		name: 'rolebook',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, injectRoute }) => {
				const root = fileURLToPath(config.root);
				const contentDir = contentDirFor(options, root);
				site = { key: randomUUID(), contentDir, load: load(contentDir) };
				fileLoadedSite(site.key, site.load);
				const { organization, errorCount } = site.load;
				if (command === 'build' && errorCount > 0) {
					throw new Error(`The content in ${contentDir} has errors (listed above); nothing was built.`);
				}
				for (const route of findRoutes(path.join(PACKAGE_ROOT, 'src/routes'))) injectRoute({ ...route, prerender: true });
				const customCss = options.customCss.map((entry) => cssSpecifier(entry, root));
				updateConfig({ vite: { plugins: [rolebookVitePlugin({ key: site.key, contentDir, customCss, replacements: replacementsFor(options, root) })] } });
				if (command === 'build') {
					staged = new StagedOutput(fileURLToPath(config.outDir));
					staged.prepare();
					updateConfig({ outDir: pathToFileURL(`${staged.stagingDir}/`) });
				}
				// A content folder may carry its own public files (the logo); else the project's public/ serves.
				const contentPublic = path.join(contentDir, 'public');
				updateConfig({ base: organization.site.base, ...(existsSync(contentPublic) ? { publicDir: pathToFileURL(`${contentPublic}/`) } : {}) });
			},
			'astro:server:setup': ({ server, logger }) => {
				const { key, contentDir } = site!;
				server.watcher.add(contentDir);
				const reload = (file: string) => {
					if (!file.startsWith(contentDir + path.sep) || !/\.ya?ml$/i.test(file)) return;
					site = { key, contentDir, load: load(contentDir) };
					fileLoadedSite(key, site.load);
					logger.info(`${path.relative(contentDir, file)} changed: ${formatSummary(site.load.diagnostics, site.load.fileCount)}`);
					// Pages and their getStaticPaths read the model when they run; drop their cached modules.
					server.moduleGraph.invalidateAll();
					server.ws.send({ type: 'full-reload' });
				};
				server.watcher.on('change', reload);
				server.watcher.on('add', reload);
				server.watcher.on('unlink', reload);
			},
			'astro:server:done': () => {
				if (site) forgetLoadedSite(site.key);
			},
			// The index is fed from the model, not the pages, so pagefind (its own process) works
			// while Astro renders; it is written beside the output and moved in when both are done.
			'astro:build:start': () => {
				if (!staged) return;
				searchIndex = buildSearchIndex(loaded().organization, staged.searchDir);
				searchIndex.catch(() => {}); // awaited, and so reported, in astro:build:done
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { organization } = loaded();
				forgetLoadedSite(site!.key);
				const { records, milliseconds } = await (searchIndex ?? buildSearchIndex(organization, outDir));
				if (searchIndex && staged) renameSync(path.join(staged.searchDir, SEARCH_BUNDLE_DIR), path.join(outDir, SEARCH_BUNDLE_DIR));
				logger.info(`search index: ${records} records in ${Math.round(milliseconds)} ms`);
				const problems = [...verifyPages(outDir, organization), ...verifySearchIndex(outDir, organization)];
				if (problems.length > 0) throw new Error(`The build is incomplete; the previous site was kept:\n${problems.join('\n')}`);
				staged?.publish();
			},
		},
	};
}

export default rolebook;
