import type { Page } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { loadOrganization, type Department, type Role } from '../../src/model/index.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { EXAMPLE_CONTENT } from './support/build-site.ts';
import { newContext, pageUrl, VIEWPORTS } from './support/pages.ts';
import { serveBuiltSite, useChromium } from './support/served-site.ts';

// Browser steps on a shared machine take seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The example organisation, built as a user builds it and served under the strict policy.
const site = await serveBuiltSite(EXAMPLE_CONTENT, { 'content-security-policy': CONTENT_SECURITY_POLICY });
const browser = useChromium();
const { organization } = loadOrganization(EXAMPLE_CONTENT);
const [desktop, phone] = VIEWPORTS;

async function open(path: string, options: { script?: boolean; viewport?: (typeof VIEWPORTS)[number] } = {}): Promise<{ page: Page; problems: string[] }> {
	const context = await newContext(browser(), options.viewport ?? desktop, { javaScriptEnabled: options.script ?? true });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	await page.goto(pageUrl(site.server.url, path), { waitUntil: 'load' });
	return { page, problems };
}

/** Titles of the roles the roles index shows as matching (not the dimmed superiors kept for context). */
function matchingTitles(page: Page): Promise<string[]> {
	return page.locator('[data-role-item]:not([hidden]):not(.is-context) > a').allTextContents();
}

const titles = (roles: readonly Role[]) => roles.map((role) => role.title).sort();
const within = (department: Department) => organization.roles.filter((role) => role.department === department || role.department.ancestors.includes(department));

describe('the roles index', () => {
	test('without script it lists every role, and shows no filter that would do nothing', async () => {
		const { page } = await open('/roles/', { script: false });
		expect(await page.locator('form[data-role-filter]').isVisible()).toBe(false);
		expect((await page.locator('[data-role-item] > a').allTextContents()).sort()).toEqual(titles(organization.roles));
		for (const item of await page.locator('[data-role-item]').all()) expect(await item.isVisible()).toBe(true);
		await page.context().close();
	});

	test('filters by department (its sub-departments included), grade, text and vacancies, without a round trip', async () => {
		const { page, problems } = await open('/roles/');
		const requests: string[] = [];
		// No page or data is fetched to filter (the browser may look at the icon again as the address changes).
		page.on('request', (request) => {
			if (['document', 'fetch', 'xhr'].includes(request.resourceType())) requests.push(request.url());
		});
		const form = page.locator('form[data-role-filter]');
		expect(await form.isVisible()).toBe(true);
		const status = form.locator('[role="status"]');
		expect(await status.textContent()).toBe(`显示 ${organization.roles.length} / ${organization.roles.length}`);

		const marketing = organization.roles.find((role) => role.department.ancestors.length > 0)!.department.ancestors[0]!;
		await form.locator('select[name="department"]').selectOption(marketing.id);
		// The list is filtered as soon as the page's script runs after the change.
		await expect.poll(async () => (await matchingTitles(page)).sort()).toEqual(titles(within(marketing)));
		expect(within(marketing).length).toBeGreaterThan(marketing.roles.length);
		expect(await status.textContent()).toBe(`显示 ${within(marketing).length} / ${organization.roles.length}`);

		await form.locator('select[name="department"]').selectOption('');
		await form.locator('select[name="grade"]').selectOption('P2');
		await expect.poll(async () => (await matchingTitles(page)).sort()).toEqual(titles(organization.roles.filter((role) => role.data.grade === 'P2')));

		await form.locator('select[name="grade"]').selectOption('');
		await form.locator('input[name="vacant"]').check();
		const vacant = organization.roles.filter((role) => (role.vacancies ?? 0) > 0);
		expect(vacant.length).toBeGreaterThan(0);
		await expect.poll(async () => (await matchingTitles(page)).sort()).toEqual(titles(vacant));
		// Every role shown as matching says how many places are vacant.
		for (const item of await page.locator('[data-role-item]:not([hidden]):not(.is-context)').all()) expect(await item.locator(':scope > .badge--accent').textContent()).toMatch(/^空缺 [1-9]/);

		await form.locator('input[name="vacant"]').uncheck();
		const target = organization.roles.find((role) => role.data.code)!;
		await form.locator('input[name="q"]').fill(target.data.code!.toLowerCase());
		await expect.poll(() => matchingTitles(page)).toEqual([target.title]);
		// Its superiors in the department stay, dimmed, so the tree still reads.
		for (const superior of target.reportingChain.filter((role) => role.department === target.department)) {
			expect(await page.locator(`[data-role-item].is-context > a[href$="/roles/${superior.id}/"]`).isVisible()).toBe(true);
		}

		await form.locator('input[name="q"]').fill('没有这个岗位');
		await expect.poll(() => status.textContent()).toBe('没有符合筛选条件的内容。');
		expect(await page.locator('.role-index section:not([hidden])').count()).toBe(0);

		await form.locator('button[type="reset"]').click();
		await expect.poll(async () => (await matchingTitles(page)).length).toBe(organization.roles.length);
		expect(requests).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a filtered list can be linked to: /roles/?vacant=1 opens with vacancies only', async () => {
		const { page } = await open('/roles/?vacant=1');
		expect(await page.locator('form[data-role-filter] input[name="vacant"]').isChecked()).toBe(true);
		expect((await matchingTitles(page)).sort()).toEqual(titles(organization.roles.filter((role) => (role.vacancies ?? 0) > 0)));
		await page.locator('form[data-role-filter] select[name="department"]').selectOption(organization.departments[1]!.id);
		await expect.poll(() => new URL(page.url()).searchParams.get('department')).toBe(organization.departments[1]!.id);
		expect(new URL(page.url()).searchParams.get('vacant')).toBe('1');
		await page.context().close();
	});
});

describe('the authority matrix', () => {
	const rowsOf = (page: Page) => page.locator('tr[data-department-path]:not([hidden]) th[scope="row"] > a');

	test('without script every row shows; with it, department and category narrow the tables', async () => {
		const { page: plain } = await open('/authorities/', { script: false });
		const all = await plain.locator('tr[data-department-path] th[scope="row"] > a').count();
		expect(await plain.locator('form[data-authority-filter]').isVisible()).toBe(false);
		expect(all).toBeGreaterThan(10);
		await plain.context().close();

		const { page, problems } = await open('/authorities/');
		expect(await rowsOf(page).count()).toBe(all);
		const finance = organization.departments.find((department) => department.id === 'finance')!;
		const form = page.locator('form[data-authority-filter]');
		await form.locator('select[name="department"]').selectOption(finance.id);
		// The tables narrow as soon as the page's script runs after the change.
		await expect.poll(() => rowsOf(page).count()).toBeLessThan(all);
		const shown = await rowsOf(page).allTextContents();
		expect(shown.length).toBeGreaterThan(0);
		for (const title of shown) expect(finance.roles.map((role) => role.title)).toContain(title);

		await form.locator('select[name="category"]').selectOption('finance');
		await expect.poll(() => page.locator('section[data-category]:not([hidden])').evaluateAll((sections) => sections.map((s) => s.dataset['category']))).toEqual(['finance']);
		const financeRights = finance.roles.filter((role) => role.authorities.some((a) => a.category === 'finance'));
		await expect.poll(async () => (await rowsOf(page).allTextContents()).sort()).toEqual(titles(financeRights));
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('its header stays in view while a long table scrolls by', async () => {
		const { page } = await open('/authorities/');
		const table = page.locator('table.matrix').first();
		const box = (await table.boundingBox())!;
		await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
		const header = (await table.locator('thead th').first().boundingBox())!;
		expect(header.y).toBeGreaterThanOrEqual(-0.5);
		expect(header.y).toBeLessThan(1);
		await page.context().close();
	});

	test('at 390 px every column is on screen, each cell named by its column', async () => {
		const { page } = await open('/authorities/', { viewport: phone });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const cells = page.locator('table.matrix td:not(.matrix__empty)');
		expect(await cells.count()).toBeGreaterThan(10);
		for (const cell of (await cells.all()).slice(0, 20)) {
			const right = (await cell.boundingBox())!;
			expect(right.x + right.width).toBeLessThanOrEqual(390);
			const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
			expect(label).toMatch(/^"(决策权|建议权|监督权|其他)"$/);
		}
		await page.context().close();
	});
});

describe('every page', () => {
	test('/ or Ctrl+K puts the cursor in the search box; / typed in a field stays a /', async () => {
		const { page } = await open('/roles/ka-director/');
		const search = page.locator('[data-site-search] input[type="search"]');
		await page.keyboard.press('/');
		expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
		expect(await search.inputValue()).toBe('');
		await page.keyboard.type('a/b');
		expect(await search.inputValue()).toBe('a/b');
		await search.blur();
		await page.keyboard.press('Control+k');
		expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		await page.context().close();
	});

	test('the site has an icon, and /favicon.ico is there for browsers that ask for it', async () => {
		const { page, problems } = await open('/');
		const icon = await page.locator('link[rel="icon"]').getAttribute('href');
		expect(icon).toBe(`${site.base}logo.svg`);
		const response = await page.request.get(pageUrl(site.server.url, '/favicon.ico'));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/x-icon');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
