/**
 * Astro's floor: the pages Rolebook's build wrote, at the same paths, each a blank page
 * rendered by one Astro route. It is what Astro's own pipeline costs per page (render to a
 * stream, a `Response`, encode, make the folder, write) before any of Rolebook's
 * components, so it bounds from below what a build that renders every page with Astro
 * can reach. The project lives in the package's own
 * `node_modules/.cache/rolebook-bench/astro-floor/` and uses Rolebook's Astro.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_CONCURRENCY } from '../src/integration/astro-config.ts';
import { isPageFile } from './build-output.ts';
import { benchProjectDir } from './project-dir.ts';
import type { BenchCommand } from './rounds.ts';

/** The paths of the pages a built site holds (`roles/x` for `roles/x/index.html`, `` for the home page); none when it has not been built. */
export function pagePaths(dist: string): string[] {
	if (!existsSync(dist)) return [];
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter(isPageFile)
		.map((file) => path.dirname(file).split(path.sep).join('/'))
		.map((dir) => (dir === '.' ? '' : dir))
		.sort();
}

function pageSource(pagesFile: string): string {
	return `---
import { readFileSync } from 'node:fs';

export function getStaticPaths() {
	const pages = JSON.parse(readFileSync(${JSON.stringify(pagesFile)}, 'utf8'));
	return pages.map((page) => ({ params: { page: page || undefined } }));
}

const { page = '' } = Astro.params;
---

<!doctype html>
<html lang="zh-CN">
	<head>
		<meta charset="utf-8" />
		<title>{page}</title>
	</head>
	<body>
		<h1>{page}</h1>
	</body>
</html>
`;
}

/**
 * The command that builds Astro's floor for the site Rolebook built into `rolebookDist`.
 * Each run, before its clock starts, lists that site's pages (so the command must come
 * after the build's in a round) and empties the floor's output folder.
 */
export function astroFloorCommand(repoRoot: string, rolebookDist: string, node: string, dir = benchProjectDir(repoRoot, 'astro-floor')): BenchCommand {
	const pagesFile = path.join(dir, 'pages.json');
	mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
	writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'rolebook-bench-astro-floor', private: true, type: 'module' }, null, '\t')}\n`);
	// As many pages at once as Rolebook's build renders, so both pipelines run alike.
	writeFileSync(path.join(dir, 'astro.config.mjs'), `export default { build: { concurrency: ${BUILD_CONCURRENCY} } };\n`);
	writeFileSync(path.join(dir, 'src', 'pages', '[...page].astro'), pageSource(pagesFile));
	const prepare = () => {
		writeFileSync(pagesFile, JSON.stringify(pagePaths(rolebookDist)));
		for (const leftover of ['dist', '.astro', path.join('node_modules', '.astro')]) rmSync(path.join(dir, leftover), { recursive: true, force: true });
	};
	return { name: 'astro-floor', command: node, args: [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', dir], cwd: dir, prepare };
}
