import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { organizationChart } from '../../src/chart/charts.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { loadOrganization } from '../../src/model/index.ts';
import { createUrls } from '../../src/site/urls.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { formatViolations, seriousViolations } from '../e2e/support/axe.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { buildSite, EXAMPLE_CONTENT, type BuiltSite } from '../e2e/support/build-site.ts';
import { newContext, pageUrl, VIEWPORTS } from '../e2e/support/pages.ts';
import { serveStatic, type StaticServer } from '../e2e/support/static-server.ts';

/** Page sizes of a PDF in points, one per page, as poppler reads them. */
function pdfPageSizes(file: string): { width: number; height: number }[] {
	const run = spawnSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
	if (run.error) throw new Error(`pdfinfo is needed to read PDFs: install Debian's poppler-utils (${run.error.message})`);
	return [...run.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

function pdfText(file: string, page: number): string {
	return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

/** Lines of text that reach outside their box, as Chromium lays them out. */
function textOutsideBoxes(page: Page): Promise<string[]> {
	return page.locator('svg.oc-svg').first().evaluate((svg) => {
		const problems: string[] = [];
		for (const box of svg.querySelectorAll<SVGGraphicsElement>('.oc-box')) {
			const card = box.querySelector<SVGRectElement>('.oc-card')!;
			const width = card.width.baseVal.value;
			const height = card.height.baseVal.value;
			for (const text of box.querySelectorAll<SVGTextElement>('text')) {
				const bbox = text.getBBox();
				if (bbox.x < 0 || bbox.x + bbox.width > width || bbox.y < 0 || bbox.y + bbox.height > height) {
					problems.push(`${box.getAttribute('data-key')}: "${text.textContent}" is ${bbox.width.toFixed(1)} px wide at x ${bbox.x.toFixed(1)} in a box ${width} px wide`);
				}
			}
		}
		return problems;
	});
}

let browser: Browser;
const sites: { site: BuiltSite; server: StaticServer }[] = [];

async function serve(contentDir: string): Promise<{ site: BuiltSite; server: StaticServer }> {
	const site = await buildSite(contentDir);
	const served = { site, server: await serveStatic(site.dir, { base: site.base }) };
	sites.push(served);
	return served;
}

async function open(server: StaticServer, pagePath: string, width = 1280): Promise<Page> {
	const context = await newContext(browser, VIEWPORTS.find((viewport) => viewport.width === width) ?? VIEWPORTS[0]);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto(pageUrl(server.url, pagePath), { waitUntil: 'load' });
	expect(response?.status(), pagePath).toBe(200);
	expect(errors).toEqual([]);
	return page;
}

beforeAll(async () => {
	browser = await launchChromium();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	for (const { site, server } of sites) {
		await server.close();
		site.remove();
	}
}, 60_000);

describe('the example organisation’s charts in Chromium', () => {
	let server: StaticServer;
	const organization = loadOrganization(EXAMPLE_CONTENT).organization;

	beforeAll(async () => {
		({ server } = await serve(EXAMPLE_CONTENT));
	}, 240_000);

	test('zoom buttons resize the chart, and actual size is the drawn size', async () => {
		const page = await open(server, '/org-chart/');
		const toolbar = page.locator('[data-chart-toolbar]');
		expect(await toolbar.isVisible()).toBe(true);
		const svg = page.locator('.oc-viewport svg');
		const natural = Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
		const start = Number(await svg.getAttribute('width'));
		expect(start).toBeLessThanOrEqual(natural);
		await page.getByRole('button', { name: '放大' }).click();
		expect(Number(await svg.getAttribute('width'))).toBeCloseTo(start * 1.25, -1);
		await page.getByRole('button', { name: '原始大小' }).click();
		expect(Number(await svg.getAttribute('width'))).toBe(natural);
		await page.context().close();
	}, 60_000);

	test('typing in the search box highlights the matching roles in the chart and the list', async () => {
		const page = await open(server, '/org-chart/');
		const expected = organization.roles.filter((role) => [role.title, role.department.name, role.id, ...role.holders.map((person) => person.name)].join(' ').includes('客服'));
		expect(expected.length).toBeGreaterThan(1);
		await page.getByRole('searchbox', { name: '查找岗位' }).fill('客服');
		await expect.poll(() => page.locator('[data-chart-matches]').textContent()).toBe(`找到 ${expected.length} 个`);
		const matched = await page.locator('.oc-box.is-match').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-key')));
		expect(matched.sort()).toEqual(expected.map((role) => role.id).sort());
		expect(await page.locator('.oc-list li.is-match').count()).toBe(expected.length);
		await page.getByRole('searchbox', { name: '查找岗位' }).fill('');
		expect(await page.locator('.oc-box.is-match').count()).toBe(0);
		await page.context().close();
	}, 60_000);

	test('every line of text fits inside its box, as Chromium draws it in the chart’s font', async () => {
		const page = await open(server, '/org-chart/');
		await page.evaluate(() => document.fonts.ready);
		expect(await textOutsideBoxes(page)).toEqual([]);
		expect(await page.evaluate(() => document.fonts.check('600 14px Inter'))).toBe(true);
		await page.context().close();
	}, 60_000);

	test('opens centred at a readable size: the smallest text at least 12 px on screen', async () => {
		const page = await open(server, '/org-chart/');
		const sizes = await page.locator('.oc-viewport svg text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
		const svg = page.locator('.oc-viewport svg');
		const scale = Number(await svg.getAttribute('width')) / Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
		expect(scale).toBe(1);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		// The root box is in the middle of the frame.
		const frame = (await page.locator('.oc-viewport').boundingBox())!;
		const root = (await page.locator('.oc-box').first().boundingBox())!;
		expect(Math.abs(root.x + root.width / 2 - (frame.x + frame.width / 2))).toBeLessThan(30);
		await page.context().close();
	}, 60_000);

	test('the keyboard walks from a box to its superior, its first report and its peers, and Enter opens the role', async () => {
		const page = await open(server, '/org-chart/');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key'));
		await page.getByRole('button', { name: '原始大小' }).focus();
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('gm');
		const gm = organization.role('gm')!;
		await page.keyboard.press('ArrowDown');
		const first = await focused();
		expect(gm.subordinates.map((role) => role.id)).toContain(first);
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('gm');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		const peer = await focused();
		expect(peer).not.toBe(first);
		expect(organization.role(peer!)!.superior).toBe(gm);
		// The focused box is outlined.
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`/roles/${peer}/$`));
		await page.context().close();
	}, 60_000);

	test('Enter in the highlight box moves to the first match, and again to the next', async () => {
		const page = await open(server, '/org-chart/');
		await page.getByRole('searchbox', { name: '查找岗位' }).fill('客服');
		const current = () => page.locator('.oc-box.is-current').getAttribute('data-key');
		const matches = await page.locator('.oc-box.is-match').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-key')));
		expect(await page.locator('.oc-box.is-current').count()).toBe(0);
		await page.keyboard.press('Enter');
		expect(await current()).toBe(matches[0]);
		await page.keyboard.press('Enter');
		expect(await current()).toBe(matches[1]);
		await page.context().close();
	}, 60_000);

	test('at 390 px the chart is an indented tree of the same boxes, text 14 px or more, and the page does not scroll sideways', async () => {
		const page = await open(server, '/org-chart/', 390);
		expect(await page.locator('.oc-viewport').isVisible()).toBe(false);
		const tree = page.locator('.oc-figure .oc-tree');
		expect(await tree.isVisible()).toBe(true);
		expect(await tree.locator('.oc-tree__title').count()).toBe(organization.roles.length);
		const sizes = await tree.locator('.oc-tree__card, .oc-tree__card *').evaluateAll((elements) => elements.filter((element) => element.textContent?.trim()).map((element) => parseFloat(getComputedStyle(element).fontSize)));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// Nested: a report's card sits to the right of its superior's.
		const gm = (await tree.getByRole('link', { name: '总经理', exact: true }).boundingBox())!;
		const report = (await tree.getByRole('link', { name: organization.role('gm')!.subordinates[0]!.title, exact: true }).boundingBox())!;
		expect(report.x).toBeGreaterThan(gm.x + 10);
		// No pan-and-zoom hint for a mouse on a phone.
		expect(await page.locator('.oc-hint--mouse').isVisible()).toBe(false);
		await page.context().close();
	}, 60_000);

	test('a role page shows its superior, peers and direct reports as a chart without scripts', async () => {
		const page = await open(server, '/roles/ka-director/');
		const role = organization.role('ka-director')!;
		const keys = await page.locator('#reporting-chart .oc-box').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-key')));
		const expected = [role.superior!, ...role.superior!.subordinates, ...role.subordinates].map((r) => r.id);
		expect(new Set(keys)).toEqual(new Set(expected));
		expect(await page.locator('#reporting-chart script').count()).toBe(0);
		await page.context().close();
	}, 60_000);

	test('clicking a box opens the role page', async () => {
		const page = await open(server, '/org-chart/');
		await page.locator('.oc-box[data-key="ka-director"]').click();
		await page.waitForURL(/\/roles\/ka-director\/$/);
		expect(await page.locator('h1').textContent()).toContain('大客户部部长');
		await page.context().close();
	}, 60_000);

	test('printed, a department’s chart fills one landscape page of its own', async () => {
		const page = await open(server, '/departments/customer-service/');
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-pdf-'));
		const file = path.join(dir, 'department.pdf');
		try {
			await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
			const sizes = pdfPageSizes(file);
			const landscape = sizes.map((size, i) => ({ ...size, page: i + 1 })).filter((size) => size.width > size.height);
			expect(landscape).toHaveLength(1);
			// A4 landscape: 297 × 210 mm.
			expect(landscape[0]!.width).toBeCloseTo(841.9, 0);
			expect(landscape[0]!.height).toBeCloseTo(595.3, 0);
			const text = pdfText(file, landscape[0]!.page);
			expect(text).toContain('客户服务部组织架构图');
			for (const role of organization.department('customer-service')!.roles) expect(text).toContain(role.title);
			// The rest of the page stays portrait.
			expect(sizes.length).toBeGreaterThan(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
			await page.context().close();
		}
	}, 60_000);

	test.each(VIEWPORTS.map((viewport) => viewport.width))('the org chart page has no serious accessibility violations at %d px', async (width) => {
		const page = await open(server, '/org-chart/', width);
		const violations = await seriousViolations(page);
		expect(violations, formatViolations(violations, `/org-chart/ at ${width}px`)).toEqual([]);
		await page.context().close();
	}, 60_000);
});

describe('a generated organisation of 400 roles in Chromium', () => {
	let server: StaticServer;

	beforeAll(async () => {
		const content = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-browser-'));
		generateOrganization(content, { roles: 400, seed: 4 });
		({ server } = await serve(content));
	}, 240_000);

	test('the departments overview and the largest department chart load cleanly, without serious accessibility violations', async () => {
		for (const pagePath of ['/org-chart/', '/departments/operations/']) {
			const page = await open(server, pagePath);
			expect(await page.locator('[data-org-chart]').count()).toBeGreaterThan(0);
			const violations = await seriousViolations(page);
			expect(violations, formatViolations(violations, pagePath)).toEqual([]);
			await page.context().close();
		}
	}, 120_000);
});

describe('downloaded charts opened in Chromium: every line of text fits inside its box', () => {
	const organizations: [string, () => string][] = [
		['an English organisation with long titles', () => path.join(FIXTURES, 'chart', 'english-long-titles')],
		['a traditional-Chinese organisation', () => path.join(FIXTURES, 'chart', 'traditional-chinese')],
		[
			'a generated organisation of 1,000 roles',
			() => {
				const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-chart-fit-'));
				generateOrganization(dir, { roles: 1000, seed: 3 });
				return dir;
			},
		],
	];

	test.each(organizations)('%s', async (_, contentDir) => {
		const { organization } = loadOrganization(contentDir());
		const svg = organizationChart({ organization, t: createTranslator(organization.site), urls: createUrls('/') }, { inline: false }).svg;
		const page = await browser.newPage();
		try {
			await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
			await page.evaluate(() => document.fonts.ready);
			expect(await page.evaluate(() => document.fonts.check('600 14px Inter'))).toBe(true);
			expect(await textOutsideBoxes(page)).toEqual([]);
		} finally {
			await page.close();
		}
	}, 120_000);
});
