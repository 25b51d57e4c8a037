import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { formatViolations, seriousViolations } from './support/axe.ts';
import { launchChromium } from './support/browser.ts';
import { buildSite } from './support/build-site.ts';
import { newContext, pageUrl, saveScreenshot, VIEWPORTS } from './support/pages.ts';
import { serveStatic } from './support/static-server.ts';

/** An English organisation with a draft, a retired role, an unpublished name and hidden pay. */
const SEARCH_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/search');
const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');
const CSP = { 'content-security-policy': CONTENT_SECURITY_POLICY };

/** The English fixture in traditional Chinese, with one role written in traditional characters. */
function traditionalFixture(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-search-zh-tw-'));
	cpSync(SEARCH_FIXTURE, dir, { recursive: true });
	writeFileSync(path.join(dir, 'site.yaml'), readFileSync(path.join(dir, 'site.yaml'), 'utf8').replace('locale: en', 'locale: zh-TW'));
	writeFileSync(
		path.join(dir, 'roles', 'account-executive.yaml'),
		['title: 客戶經理', 'department: sales', 'reports_to: sales-director', 'duties:', '  - 負責處理客戶投訴,並建立完整的客戶檔案。', '  - 每月整理銷售報表,提交 CRM 系統。'].join('\n'),
	);
	return dir;
}

// The sites are built as a user builds them, and served under the strict policy.
const traditionalContent = traditionalFixture();
const example = await buildSite();
const english = await buildSite(SEARCH_FIXTURE);
const traditional = await buildSite(traditionalContent);
const exampleServer = await serveStatic(example.dir, { base: example.base, headers: CSP });
const englishServer = await serveStatic(english.dir, { base: english.base, headers: CSP });
const traditionalServer = await serveStatic(traditional.dir, { base: traditional.base, headers: CSP });

let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await exampleServer.close();
	await englishServer.close();
	await traditionalServer.close();
	example.remove();
	english.remove();
	traditional.remove();
	rmSync(traditionalContent, { recursive: true, force: true });
});

interface OpenPage {
	page: Page;
	/** Every URL the page requested, in order. */
	requests: string[];
	/** Script errors, policy violations and failed requests. */
	problems: string[];
}

/**
 * A context that ignores the policy, for the tests that run axe: its script is injected
 * inline. Every other test runs under the policy and fails on any violation.
 */
function axeContext(viewport: (typeof VIEWPORTS)[number]): Promise<BrowserContext> {
	return newContext(browser, viewport, { bypassCSP: true });
}

async function open(context: BrowserContext, url: string): Promise<OpenPage> {
	const page = await context.newPage();
	const requests: string[] = [];
	const problems: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(url, { waitUntil: 'load' });
	return { page, requests, problems };
}

/** The box in a page's header, or the search page's own box. */
function box(page: Page, mode: 'header' | 'page' = 'header') {
	const root = page.locator(`.site-search--${mode}`);
	return {
		input: root.locator('input[type="search"]'),
		status: root.locator('.site-search__status'),
		titles: () => root.locator('.site-search__title').allTextContents(),
		contexts: () => root.locator('.site-search__context').allTextContents(),
		department: root.locator('select[name="department"]'),
		first: root.locator('.site-search__title').first(),
		/** Waits until the results of `query` are shown. */
		shown: (query: string) => root.locator(`.site-search__results[data-query="${query}"][aria-busy="false"]`).waitFor({ state: 'attached', timeout: 15_000 }),
	};
}

async function search(page: Page, query: string, mode: 'header' | 'page' = 'header') {
	const search = box(page, mode);
	await search.input.fill(query);
	await search.shown(query);
	return search;
}

describe('in Chinese, on the example organisation', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await newContext(browser, VIEWPORTS[0]);
	}, 30_000);

	afterAll(async () => {
		await context?.close();
	});

	test('search loads only when the reader turns to it, then finds the roles that handle complaints', async () => {
		const axe = await axeContext(VIEWPORTS[0]);
		const { page, requests, problems } = await open(axe, pageUrl(exampleServer.url, '/roles/ka-director/'));
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

		await box(page).input.click();
		const results = await search(page, '投诉');
		expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		const titles = await results.titles();
		expect(titles).toEqual(expect.arrayContaining(['客户投诉处理流程', '客服主管', '客服助理', '客户服务部经理']));
		expect(await results.status.textContent()).toMatch(/^共 \d+ 条结果$/);
		// Each result says what it is and where it belongs, and marks the match.
		expect(await results.contexts()).toContain('岗位 · 客户服务部 · M1');
		expect(await page.locator('.site-search__excerpt mark', { hasText: '投诉' }).count()).toBeGreaterThan(2);

		await saveScreenshot(page, SCREENSHOTS, '/search-open/', 1280);
		const violations = await seriousViolations(page);
		expect(violations, formatViolations(violations, 'search open')).toEqual([]);
		expect(problems).toEqual([]);
		await axe.close();
	}, 60_000);

	test('a two-word query is split into words, not matched character by character', async () => {
		const { page } = await open(context, pageUrl(exampleServer.url, '/search/?q=客户投诉'));
		const both = box(page, 'page');
		await both.shown('客户投诉');
		const bothTitles = await both.titles();
		const complaints = await search(page, '投诉', 'page');
		const complaintTitles = await complaints.titles();
		expect(bothTitles.length).toBeGreaterThan(3);
		// Every page with 客户投诉 has 投诉: a wrongly split query would find pages with neither.
		expect(complaintTitles).toEqual(expect.arrayContaining(bothTitles));
		await page.close();
	}, 60_000);

	test('finds customer files, and English words inside Chinese text', async () => {
		const { page } = await open(context, pageUrl(exampleServer.url, '/'));
		await box(page).input.click();
		expect(await (await search(page, '客户档案')).titles()).toContain('大客户部内勤');
		expect(await (await search(page, 'OA')).titles()).toEqual(['行政部经理']);
		await page.close();
	}, 60_000);

	test('never finds the draft, the retired role or hidden pay', async () => {
		const { page } = await open(context, pageUrl(exampleServer.url, '/search/'));
		const all = await search(page, '客户', 'page');
		expect((await all.titles()).length).toBeGreaterThan(10);
		expect(await all.titles()).not.toContain('VIP客户服务专员');
		expect(await (await search(page, 'VIP', 'page')).titles()).toEqual([]);
		// An unknown Chinese word falls back to its characters, so other roles may turn up; never the retired one.
		expect(await (await search(page, '总台领班', 'page')).titles()).not.toContain('总台领班');
		const pay = await search(page, '基本工资', 'page');
		expect(await pay.titles()).not.toContain('大客户经理(外勤)');
		expect((await page.locator('.site-search__excerpt').allTextContents()).join('')).not.toContain('基本工资');
		await page.close();
	}, 60_000);

	test('a department filter narrows the results, and a result leads to its page', async () => {
		const { page, problems } = await open(context, pageUrl(exampleServer.url, '/roles/ka-director/'));
		await box(page).input.click();
		const results = await search(page, '投诉');
		const count = async () => Number(/\d+/.exec((await results.status.textContent()) ?? '')?.[0]);
		const before = await count();

		await results.department.selectOption('客户服务部');
		await expect.poll(count).toBeLessThan(before);
		expect(await count()).toBeGreaterThan(3);
		// Each result is the department itself, or belongs to it.
		const titles = await results.titles();
		(await results.contexts()).forEach((context, i) => expect(`${titles[i]} ${context}`).toMatch(/客户服务部/));

		const title = (await results.first.textContent())!;
		const href = (await results.first.getAttribute('href'))!;
		await Promise.all([page.waitForURL(`**${href}`), results.first.click()]);
		expect(await page.locator('h1').first().textContent()).toContain(title);
		expect(problems).toEqual([]);
		await page.close();
	}, 60_000);

	test('without JavaScript the box is a form that opens the search page', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await noScript.newPage();
			await page.goto(pageUrl(exampleServer.url, '/roles/ka-director/'));
			await box(page).input.fill('投诉');
			await Promise.all([page.waitForURL(/\/search\/\?q=/), box(page).input.press('Enter')]);
			expect(decodeURIComponent(page.url())).toContain('/search/?q=投诉');
			await expect.poll(() => page.locator('noscript').textContent()).toContain('搜索需要启用 JavaScript');
		} finally {
			await noScript.close();
		}
	}, 60_000);
});

describe('in English, on a phone', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await newContext(browser, VIEWPORTS[1]);
	}, 30_000);

	afterAll(async () => {
		await context?.close();
	});

	test('“budget approval” finds the workflow and the roles that approve budgets', async () => {
		const axe = await axeContext(VIEWPORTS[1]);
		const { page, problems } = await open(axe, pageUrl(englishServer.url, '/roles/chief-executive/'));
		await box(page).input.click();
		const results = await search(page, 'budget approval');
		expect(await results.titles()).toEqual(expect.arrayContaining(['Budget approval', 'Finance Director', 'Account Executive']));
		expect(await results.status.textContent()).toMatch(/^\d+ results$/);
		await saveScreenshot(page, SCREENSHOTS, '/search-open/', 390);
		const violations = await seriousViolations(page);
		expect(violations, formatViolations(violations, 'search open on a phone')).toEqual([]);
		expect(problems).toEqual([]);
		await axe.close();
	}, 60_000);

	test('titles rank above body text', async () => {
		const { page } = await open(context, pageUrl(englishServer.url, '/'));
		await box(page).input.click();
		const titles = await (await search(page, 'budget')).titles();
		expect(titles.slice(0, 2).sort()).toEqual(['Budget Analyst', 'Budget approval']);
		expect(titles).toContain('Finance Director');
		await page.close();
	}, 60_000);

	test('the search page filters by department and keeps the search in its address', async () => {
		const { page, problems } = await open(context, pageUrl(englishServer.url, '/search/?q=budget'));
		const results = box(page, 'page');
		await results.shown('budget');
		expect(await results.titles()).toContain('Account Executive');
		await results.department.selectOption('Finance');
		await expect.poll(async () => (await results.titles()).includes('Account Executive')).toBe(false);
		expect(await results.titles()).toEqual(expect.arrayContaining(['Budget Analyst', 'Finance Director']));
		expect(new URL(page.url()).search).toBe('?q=budget&department=Finance');
		expect(problems).toEqual([]);
		await page.close();
	}, 60_000);

	test('never finds drafts, retired roles, unpublished names, compensation or revision authors', async () => {
		const { page } = await open(context, pageUrl(englishServer.url, '/search/'));
		for (const query of ['Zanzibar', 'Procurement', 'telex', 'Quarrington', 'Philippa', 'Marigold', 'Bassington']) {
			const results = await search(page, query, 'page');
			expect(await results.titles(), query).toEqual([]);
			expect(await results.status.textContent(), query).toBe(`No results for “${query}”.`);
		}
		await page.close();
	}, 60_000);
});

describe('in traditional Chinese', () => {
	test('two-character words and English inside Chinese text are found', async () => {
		const context = await newContext(browser, VIEWPORTS[0]);
		try {
			const { page, problems } = await open(context, pageUrl(traditionalServer.url, '/'));
			await box(page).input.click();
			for (const query of ['投訴', '客戶檔案', '報表', 'CRM']) {
				expect(await (await search(page, query)).titles(), query).toEqual(['客戶經理']);
			}
			expect(await box(page).status.textContent()).toBe('共 1 筆結果');
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	}, 60_000);
});
