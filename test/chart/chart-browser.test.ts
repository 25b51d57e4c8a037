import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateOrganization } from '../../bench/generate-organization.ts';
import { loadOrganization } from '../../src/model/index.ts';
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
});

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
