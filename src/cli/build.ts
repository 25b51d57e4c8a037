/**
 * `npm run build [-- --outDir DIR] [--verbose]`: builds the site, as `astro build` does,
 * and prints a short summary (pages written, search records, time, where the site is)
 * instead of a line per route, so the content's warnings stay on screen. `--verbose`
 * prints Astro's full log. The content folder is `content/` or `$CONTENT_DIR`.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { SEARCH_BUNDLE_DIR } from '../search/build-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const USAGE = 'usage: npm run build -- [--outDir DIR] [--verbose]';

export async function main(args: string[]): Promise<number> {
	let values: { outDir?: string | undefined; verbose?: boolean | undefined; help?: boolean | undefined };
	try {
		({ values } = parseArgs({ args, options: { outDir: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	// Relative to where the command runs, as a user reads `--outDir ../elsewhere`.
	const outDir = path.resolve(values.outDir ?? path.join(ROOT, 'dist'));
	const started = performance.now();
	// The folder the site goes into may be new, and so may its parent.
	mkdirSync(path.dirname(outDir), { recursive: true });
	try {
		await build({ root: ROOT, outDir, logLevel: values.verbose ? 'info' : 'warn' });
	} catch (error) {
		// Content errors were printed, file by file, before the build started.
		console.error(error instanceof Error ? error.message : String(error));
		return 1;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Built ${countPages(outDir)} pages and ${countSearchRecords(outDir)} search records in ${seconds} s into ${shown(outDir)}`);
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
