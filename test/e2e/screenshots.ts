// Full-page screenshots of a built Rolebook site at 1280 px and 390 px.
//
//   npm run screenshots -- [--content DIR] [--dist DIR] [--base /x/] [--out DIR] [--per N] [PATH...]
//
// Builds --content (default: content/) into a temp folder, or uses an existing build given
// with --dist, serves it and writes <slug>-<width>.png into --out (default:
// test/e2e/screenshots/) for each PATH (default: home and the first few roles, departments,
// workflows). Prints each file written.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './support/browser.ts';
import { buildSite, EXAMPLE_CONTENT, type BuiltSite } from './support/build-site.ts';
import { newContext, pagesToCheck, pageUrl, saveScreenshot, VIEWPORTS } from './support/pages.ts';
import { serveStatic } from './support/static-server.ts';
import { loadOrganization } from '../../src/model/index.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		content: { type: 'string' },
		dist: { type: 'string' },
		base: { type: 'string' },
		out: { type: 'string' },
		per: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});

if (values.help) {
	console.log(
		'Usage: npm run screenshots -- [--content DIR] [--dist DIR] [--base /x/] [--out DIR] [--per N] [PATH...]\n' +
			'  --content DIR  content folder to build (default: content/)\n' +
			'  --dist DIR     use this existing build instead of building\n' +
			"  --base /x/     base path the build was made for (default: the content's site.yaml base)\n" +
			'  --out DIR      where to write PNGs (default: test/e2e/screenshots/)\n' +
			'  --per N        with no PATHs: how many pages of each collection to take (default: 2)\n' +
			'  PATH...        site-relative pages such as / or /roles/admin/ (default: home and a few of each kind)',
	);
	process.exit(0);
}

const contentDir = path.resolve(values.content ?? EXAMPLE_CONTENT);
const outDir = path.resolve(values.out ?? path.join(import.meta.dirname, 'screenshots'));
const perCollection = Number(values.per ?? 2);

let built: BuiltSite | undefined;
let dir: string;
let base: string;
if (values.dist) {
	dir = path.resolve(values.dist);
	base = values.base ?? (loadOrganization(contentDir).organization.site.base || '/');
} else {
	console.error(`Building ${contentDir} ...`);
	built = await buildSite(contentDir);
	dir = built.dir;
	base = values.base ?? built.base;
}

const server = await serveStatic(dir, { base });
const browser = await launchChromium().catch(async (error: unknown) => {
	await server.close();
	built?.remove();
	throw error;
});
let failures = 0;
try {
	const pages = positionals.length > 0 ? positionals.map((p) => `/${p.replace(/^\/+/, '')}`) : pagesToCheck(dir, perCollection);
	for (const viewport of VIEWPORTS) {
		const context = await newContext(browser, viewport);
		for (const pagePath of pages) {
			const page = await context.newPage();
			const response = await page.goto(pageUrl(server.url, pagePath), { waitUntil: 'load' });
			const status = response?.status() ?? 0;
			if (status !== 200) {
				failures++;
				console.error(`${pagePath}: HTTP ${status} (${pageUrl(server.url, pagePath)})`);
			} else {
				console.log(await saveScreenshot(page, outDir, pagePath, viewport.width));
			}
			await page.close();
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
	built?.remove();
}
if (failures > 0) process.exitCode = 1;
