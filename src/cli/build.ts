/**
 * `rolebook build [--content DIR] [--outDir DIR] [--verbose]` (`npm run build` here):
 * builds the site of the project in the working directory, as `astro build` does, and
 * prints a short summary (pages written, search records, time, where the site is)
 * instead of a line per route, so the content's warnings stay on screen. `--verbose`
 * prints Astro's full log. The content folder is the `content` option of rolebook() in
 * astro.config.mjs; `--content DIR` (or `$CONTENT_DIR`) overrides it for this run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_BUNDLE_DIR } from '../search/build-index.ts';
import { relaunchOnPinnedNode } from './run-astro.ts';

const USAGE = 'usage: rolebook build [--content DIR] [--outDir DIR] [--verbose]';

export async function main(args: string[]): Promise<number> {
	let values: { content?: string | undefined; outDir?: string | undefined; verbose?: boolean | undefined; help?: boolean | undefined };
	try {
		({ values } = parseArgs({ args, options: { content: { type: 'string' }, outDir: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const projectDir = process.cwd();
	// Astro needs a newer Node.js than the one this command may have started on.
	const relaunched = await relaunchOnPinnedNode(projectDir, 'build', args);
	if (relaunched !== undefined) return relaunched;
	if (values.content) process.env['CONTENT_DIR'] = path.resolve(values.content);
	// Relative to where the command runs, as a user reads `--outDir ../elsewhere`.
	const outDir = values.outDir === undefined ? undefined : path.resolve(values.outDir);
	const started = performance.now();
	// The folder the site goes into may be new, and so may its parent.
	if (outDir) mkdirSync(path.dirname(outDir), { recursive: true });
	try {
		const { build } = await import('astro');
		// Silent unless asked: Astro would add its own "unhandled error" line to ours.
		await build({ root: projectDir, ...(outDir ? { outDir } : {}), logLevel: values.verbose ? 'info' : 'silent' });
	} catch (error) {
		// Content errors were printed, file by file, before the build started.
		console.error(error instanceof Error ? error.message : String(error));
		const stopped = error instanceof Error && error.name === 'BuildStoppedError';
		if (!stopped && !values.verbose) console.error("Run it again with --verbose for Astro's full log.");
		return 1;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const written = outDir ?? path.join(projectDir, 'dist');
	if (existsSync(path.join(written, SEARCH_BUNDLE_DIR))) console.log(`Built ${countPages(written)} pages and ${countSearchRecords(written)} search records in ${seconds} s into ${shown(written)}`);
	else console.log(`Built the site in ${seconds} s`);
	return 0;
}

function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** The records pagefind wrote, from its entry file (one count per language). */
function countSearchRecords(dir: string): number {
	const entry = JSON.parse(readFileSync(path.join(dir, SEARCH_BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function shown(dir: string): string {
	const relative = path.relative(process.cwd(), dir);
	return relative && !path.isAbsolute(relative) ? `${relative}${path.sep}` : `${dir}${path.sep}`;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
