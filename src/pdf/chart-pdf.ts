/**
 * `npm run pdf -- --chart [--department ID] [--paper A4|A3] [--out DIR] [--content DIR]`:
 * the org chart as a vector PDF on landscape paper, split by subtree over as many pages as
 * it needs (see chart-pages.ts). Drawn straight from the content, without building the site.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { departmentChart, organizationChart, type ChartSource } from '../chart/charts.ts';
import { embeddedFontFaces, renderSvg } from '../chart/render-svg.ts';
import { createTranslator } from '../i18n/translate.ts';
import { defaultContentDir, formatDiagnostic, loadOrganization } from '../model/index.ts';
import { closestMatch } from '../model/suggest.ts';
import { createUrls } from '../site/urls.ts';
import { INSTALL_HINT, launchChromium } from './chromium.ts';
import { hasChineseFont } from './fonts.ts';
import { PAPER, splitChart, type ChartPage, type Paper } from './chart-pages.ts';

const usage = 'usage: npm run pdf -- --chart [--department ID] [--paper A4|A3] [--out DIR] [--content DIR]';

export async function main(args: string[]): Promise<number> {
	let values: { chart?: boolean; department?: string; paper?: string; out?: string; content?: string; help?: boolean };
	try {
		({ values } = parseArgs({
			args,
			options: {
				chart: { type: 'boolean' },
				department: { type: 'string' },
				paper: { type: 'string' },
				out: { type: 'string' },
				content: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: false,
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const paper = (values.paper ?? 'A4').toUpperCase();
	if (paper !== 'A4' && paper !== 'A3') {
		console.error(`--paper must be A4 or A3, not "${values.paper}"\n${usage}`);
		return 2;
	}
	const here = process.env['INIT_CWD'] ?? process.cwd();
	const contentDir = values.content ? path.resolve(here, values.content) : defaultContentDir();
	const load = loadOrganization(contentDir);
	if (load.errorCount > 0) {
		for (const diagnostic of load.diagnostics) if (diagnostic.severity === 'error') console.error(formatDiagnostic(diagnostic));
		console.error(`the content in ${contentDir} has errors; fix them first (npm run validate)`);
		return 1;
	}
	const { organization } = load;
	const source: ChartSource = { organization, t: createTranslator(organization.site), urls: createUrls(organization.site.base) };
	let view;
	let name = 'org-chart';
	if (values.department !== undefined) {
		const department = organization.department(values.department);
		if (!department) {
			const hint = closestMatch(values.department, organization.departments.map((d) => d.id));
			console.error(`no published department "${values.department}" in ${contentDir}${hint ? `; did you mean "${hint}"?` : ''}`);
			return 1;
		}
		view = departmentChart(source, department);
		if (!view) {
			console.error(`department "${department.id}" has no published roles, so no chart`);
			return 1;
		}
		name = `org-chart-${department.id}`;
	} else view = organizationChart(source);
	if (organization.site.locale !== 'en' && hasChineseFont() === false) console.warn(`warning: no Chinese font is installed, so Chinese will print as boxes; ${INSTALL_HINT}`);

	const pages = splitChart(view.boxes, paper, source.t);
	const outDir = path.resolve(here, values.out ?? 'pdf');
	mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, `${name}.pdf`);
	try {
		await printPages(chartDocument(view.title, pages, paper, source), file);
	} catch (error) {
		console.error(`error: ${(error as Error).message}`);
		return 1;
	}
	const relative = path.relative(here, file);
	console.log(`wrote ${relative.startsWith('..') ? file : relative} (${pages.length} page${pages.length === 1 ? '' : 's'}, ${paper} landscape)`);
	return 0;
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;'));
}

/** One HTML document, a section per sheet: a heading with the page number, and the chart scaled to the sheet. */
export function chartDocument(title: string, pages: readonly ChartPage[], paper: Paper, source: ChartSource): string {
	const { width, height } = PAPER[paper];
	const sections = pages.map((page) => {
		const scale = Math.min(1, width / page.layout.width, height / page.layout.height);
		const svg = renderSvg(page.layout, { title, inline: true, roving: false }).replace(
			/ width="(\d+)" height="(\d+)"/,
			` width="${Math.floor(page.layout.width * scale)}" height="${Math.floor(page.layout.height * scale)}"`,
		);
		const heading = `${escape(title)}<span>${pages.length > 1 ? escape(source.t('chart.page', { page: page.number, pages: pages.length })) : ''}</span>`;
		return `<section><h1>${heading}</h1>${svg}</section>`;
	});
	return `<!doctype html><html lang="${source.organization.site.locale}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${embeddedFontFaces()}
@page { size: ${PAPER[paper].css}; margin: 10mm; }
html, body { margin: 0; font-family: Inter, 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif; }
section { break-after: page; break-inside: avoid; }
section:last-child { break-after: auto; }
h1 { display: flex; justify-content: space-between; margin: 0 0 4mm; font-size: 11pt; font-weight: 600; }
h1 span { font-weight: 400; color: #5b5b66; }
svg { display: block; margin: 0 auto; }
</style></head><body>${sections.join('')}</body></html>`;
}

async function printPages(html: string, file: string): Promise<void> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.setContent(html, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
	} finally {
		await browser.close();
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
