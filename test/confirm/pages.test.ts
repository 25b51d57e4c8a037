import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { confirmationSheet, sheetLines } from '../../src/confirm/index.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { buildSite, type BuiltSite } from '../e2e/support/build-site.ts';
import { pageUrl } from '../e2e/support/pages.ts';
import { serveStatic, type StaticServer } from '../e2e/support/static-server.ts';
import { EXAMPLE_CONTENT, englishFixture, siteContextFor } from './support/content.ts';
import { squeeze } from './support/pdf.ts';

/** The sheet pages in a real browser: what they show, what they print, and that it is what the fingerprint is of. */
let browser: Browser;
let chinese: { site: BuiltSite; server: StaticServer };
let english: { site: BuiltSite; server: StaticServer };
const englishContent = englishFixture();

async function serve(contentDir: string) {
	const site = await buildSite(contentDir);
	return { site, server: await serveStatic(site.dir, { base: site.base }) };
}

beforeAll(async () => {
	chinese = await serve(EXAMPLE_CONTENT);
	english = await serve(englishContent);
	browser = await launchChromium();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	for (const built of [chinese, english]) {
		await built?.server.close();
		built?.site.remove();
	}
	rmSync(englishContent, { recursive: true, force: true });
});

async function open(server: StaticServer, pagePath: string): Promise<Page> {
	const page = await browser.newPage();
	const response = await page.goto(pageUrl(server.url, pagePath));
	expect(response?.status(), pagePath).toBe(200);
	return page;
}

/** The text a sheet shows that is part of its printed text: everything but what is marked as identifying the copy. */
function fingerprintedText(page: Page, sheetName: string): Promise<string> {
	return page.evaluate((name) => {
		const body = document.querySelector(`[data-sheet="${name}"] [data-fingerprinted]`);
		if (!body) throw new Error(`no sheet ${name}`);
		const copy = body.cloneNode(true) as Element;
		for (const skipped of copy.querySelectorAll('[data-fingerprint="skip"]')) skipped.remove();
		return copy.textContent ?? '';
	}, sheetName);
}

describe.each([
	{ language: 'Chinese', content: EXAMPLE_CONTENT, built: () => chinese },
	{ language: 'English', content: englishContent, built: () => english },
])('$language sheets', ({ content, built }) => {
	test('each shows exactly the text its fingerprint is taken of, and the role page shows the same fingerprint', async () => {
		const context = siteContextFor(content);
		for (const role of context.organization.roles) {
			const sheet = confirmationSheet(role, context);
			const page = await open(built().server, `/roles/${role.id}/confirm/`);
			try {
				expect(squeeze(await fingerprintedText(page, role.id)), role.id).toBe(squeeze(sheetLines(sheet).join('')));
				expect(await page.locator('.sheet__running').textContent()).toContain(sheet.fingerprint);
			} finally {
				await page.close();
			}
			const html = readFileSync(path.join(built().site.dir, 'roles', role.id, 'index.html'), 'utf8');
			expect(html, role.id).toContain(`>${sheet.fingerprint}</code>`);
			expect(html, role.id).toContain(`href="/roles/${role.id}/confirm/"`);
		}
	}, 120_000);
});

describe('a department’s sheets', () => {
	test('every role, then a filled-in copy for each holder, each printing the role’s text and fingerprint', async () => {
		const context = siteContextFor(EXAMPLE_CONTENT);
		const department = context.organization.department('key-accounts')!;
		const page = await open(chinese.server, '/departments/key-accounts/confirm/');
		try {
			const names = await page.locator('[data-sheet]').evaluateAll((sheets) => sheets.map((sheet) => sheet.getAttribute('data-sheet')));
			expect(names).toEqual(department.roles.flatMap((role) => [role.id, ...role.holders.map((person) => `${role.id}--${person.id}`)]));
			expect(names).toContain('ka-director--qin-haotian');
			const sheet = confirmationSheet(context.organization.role('ka-director')!, context);
			expect(squeeze(await fingerprintedText(page, 'ka-director--qin-haotian'))).toBe(squeeze(sheetLines(sheet).join('')));
			const filledIn = await page.locator('[data-sheet="ka-director--qin-haotian"] .sheet__filled-in').textContent();
			expect(filledIn).toContain('秦浩天');
			expect(filledIn).toContain('2020年2月10日');
		} finally {
			await page.close();
		}
		const departmentPage = readFileSync(path.join(chinese.site.dir, 'departments', 'key-accounts', 'index.html'), 'utf8');
		expect(departmentPage).toContain('href="/departments/key-accounts/confirm/"');
	}, 60_000);
});

describe('on screen and on paper', () => {
	test('the Print button prints; without script it is not shown', async () => {
		const page = await open(chinese.server, '/roles/ka-director/confirm/');
		try {
			const button = page.getByRole('button', { name: '打印' });
			await expect.poll(() => button.isVisible()).toBe(true);
			await page.evaluate(() => {
				window.print = () => document.body.setAttribute('data-printed', 'yes');
			});
			await button.click();
			expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
		} finally {
			await page.close();
		}
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await noScript.newPage();
			await page.goto(pageUrl(chinese.server.url, '/roles/ka-director/confirm/'));
			expect(await page.locator('button[data-print]').isVisible()).toBe(false);
		} finally {
			await noScript.close();
		}
	}, 60_000);

	test('printed, the page is the sheet alone: no toolbar, no list of sheets, no site navigation', async () => {
		const page = await open(chinese.server, '/departments/key-accounts/confirm/');
		try {
			expect(await page.locator('.site-header, .site-nav, .site-footer').count()).toBe(0);
			await page.emulateMedia({ media: 'print' });
			for (const selector of ['.sheet-toolbar', '.sheet-contents', '.sheet-help']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
			expect(await page.locator('.sheet').first().isVisible()).toBe(true);
			// Each sheet after the first starts a new page.
			expect(await page.locator('.sheet').nth(1).evaluate((sheet) => getComputedStyle(sheet).breakBefore)).toBe('page');
		} finally {
			await page.close();
		}
	}, 60_000);

	test('the pages need nothing inline: no inline script or style, no style attribute, no event handler attribute', () => {
		for (const file of ['roles/ka-director/confirm/index.html', 'departments/key-accounts/confirm/index.html']) {
			const html = readFileSync(path.join(chinese.site.dir, file), 'utf8');
			expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], file).toEqual([]);
			expect(html, file).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
		}
	});
});
