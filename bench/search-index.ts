/**
 * The search index, measured two ways on the same built site:
 *
 *   html     pagefind reads the built HTML (`addDirectory`, as its CLI does): every page,
 *            or (`html-content`) only role, department and workflow pages, from `<main>`;
 *   records  one record per role, department and workflow, from the model
 *            (`addCustomRecord`, what `npm run build` does: src/search/build-index.ts).
 *
 * For each: indexing time (pagefind's work only, not loading the content), peak memory of
 * the whole process tree (pagefind runs as a child process), and index size. Then, in
 * Chromium, the bytes a page loads before search opens and what a first query downloads.
 *
 *   npm run bench:search -- [--roles 1000,10000 | --content DIR] [--query 客户] [--keep]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadOrganization } from '../src/model/index.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { launchChromium } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';
import { generateOrganization } from './generate-organization.ts';
import { measure } from './measure-process.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const VARIANTS = ['html', 'html-content', 'records'] as const;
type Variant = (typeof VARIANTS)[number];

const { values } = parseArgs({
	options: {
		roles: { type: 'string' },
		content: { type: 'string' },
		query: { type: 'string', default: '客户' },
		keep: { type: 'boolean', default: false },
		// Internal: run one variant in this process and print its result as JSON.
		variant: { type: 'string' },
		dist: { type: 'string' },
		out: { type: 'string' },
	},
});

interface VariantResult {
	pages: number;
	milliseconds: number;
}

/** One way of indexing, timed from the first pagefind call to the written bundle. */
async function runVariant(variant: Variant, content: string, dist: string, out: string): Promise<VariantResult> {
	if (variant === 'records') {
		const { organization } = loadOrganization(content);
		const { records, milliseconds } = await buildSearchIndex(organization, out);
		return { pages: records, milliseconds };
	}
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex(variant === 'html' ? {} : { rootSelector: 'main' });
		if (!index) throw new Error(errors.join('; '));
		const added = await index.addDirectory(variant === 'html' ? { path: dist } : { path: dist, glob: '{roles,departments,workflows}/*/index.html' });
		if (added.errors.length > 0) throw new Error(added.errors.join('; '));
		const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
		return { pages: added.page_count, milliseconds: performance.now() - started };
	} finally {
		await pagefind.close();
	}
}

if (values.variant) {
	console.log(JSON.stringify(await runVariant(values.variant as Variant, values.content!, values.dist!, values.out!)));
	process.exit(0);
}

const bytesUnder = (dir: string, keep: (file: string) => boolean = () => true) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && keep(entry.name))
		.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
/** The index proper: what pagefind writes for this site, not its UI scripts and styles. */
const isIndexFile = (name: string) => /\.pf_(meta|index|fragment|filter)$|^wasm\.|^pagefind-entry\.json$/.test(name);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** What the browser downloads: before search opens, and for the first query typed into the header's box. */
async function firstQuery(dist: string, base: string, query: string) {
	const server = await serveStatic(dist, { base });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const role = readdirSync(path.join(dist, 'roles'))[0]!;
		let phase: 'load' | 'search' = 'load';
		const bytes = { load: 0, search: 0, searchRequests: 0 };
		page.on('response', async (response) => {
			const at = phase;
			const size = (await response.body().catch(() => Buffer.alloc(0))).length;
			bytes[at] += size;
			if (at === 'search') bytes.searchRequests++;
		});
		await page.goto(new URL(`roles/${role}/`, server.url).href, { waitUntil: 'networkidle' });
		const html = bytes.load;
		phase = 'search';
		const box = page.locator('.site-search--header input[type="search"]');
		await box.click();
		await box.fill(query);
		await page.locator(`.site-search__results[data-query="${query}"][aria-busy="false"]`).waitFor({ state: 'attached', timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const results = await page.locator('.site-search--header .site-search__status').textContent();
		return { pageBytes: html, searchBytes: bytes.search, searchRequests: bytes.searchRequests, results };
	} finally {
		await browser.close();
		await server.close();
	}
}

async function bench(label: string, content: string, work: string) {
	console.log(`\n— ${label} —`);
	const dist = path.join(work, 'dist');
	const build = await measure(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT, '--outDir', dist], { CONTENT_DIR: content });
	if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
	const htmlPages = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
	console.log(`${'site build (whole npm run build)'.padEnd(46)} ${seconds(build.milliseconds)}, ${htmlPages} HTML pages`);
	for (const variant of VARIANTS) {
		const out = path.join(work, `index-${variant}`);
		const run = await measure(process.execPath, [import.meta.filename, '--variant', variant, '--content', content, '--dist', dist, '--out', out]);
		if (run.status !== 0) throw new Error(`${variant} failed:\n${run.output.slice(-4000)}`);
		const result = JSON.parse(run.output.trim().split('\n').at(-1)!) as VariantResult;
		const bundle = path.join(out, 'pagefind');
		console.log(
			`${variant.padEnd(14)} ${String(result.pages).padStart(6)} pages  indexing ${seconds(result.milliseconds).padStart(8)}  peak RSS ${mb(run.peakRssBytes).padStart(10)}  index ${mb(bytesUnder(bundle, isIndexFile)).padStart(9)} (${readdirSync(bundle, { recursive: true }).length} files)`,
		);
	}
	const base = loadOrganization(content).organization.site.base;
	const query = await firstQuery(dist, base, values.query);
	console.log(`${'a role page, before search opens'.padEnd(46)} ${kb(query.pageBytes)} (HTML, CSS, search loader)`);
	console.log(`${`first query “${values.query}” downloads`.padEnd(46)} ${kb(query.searchBytes)} in ${query.searchRequests} requests; ${query.results}`);
	if (!values.keep) rmSync(work, { recursive: true, force: true });
	else console.log(`kept ${work}`);
}

if (values.content) {
	await bench(values.content, path.resolve(values.content), mkdtempSync(path.join(tmpdir(), 'rolebook-search-bench-')));
} else {
	for (const roles of (values.roles ?? '1000').split(',').map(Number)) {
		const work = mkdtempSync(path.join(tmpdir(), `rolebook-search-bench-${roles}-`));
		const content = path.join(work, 'content');
		generateOrganization(content, { roles, seed: 1 });
		await bench(`${roles} generated roles`, content, work);
	}
}
