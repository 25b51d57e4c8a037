import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { confirmationSheet, sheetLines } from '../../src/confirm/index.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { buildSite, type BuiltSite } from '../e2e/support/build-site.ts';
import { pageUrl } from '../e2e/support/pages.ts';
import { serveStatic, type StaticServer } from '../e2e/support/static-server.ts';
import { EXAMPLE_CONTENT, englishFixture, siteContextFor } from './support/content.ts';
import { pdfInfo, pdfText, squeeze } from './support/pdf.ts';

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
	}, 300_000);
});

/** The numbered lines of a list on a page, as `number text`: the role page's list, or the sheet's. */
function numberedLines(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((lines) =>
		lines.map((line) => {
			const number = line.querySelector(':scope > .numbered-list__number, :scope > .numbered__number, :scope > .numbered-list__heading > .numbered-list__number');
			const text = line.querySelector(':scope > .numbered__text, :scope > span > .numbered-list__text, :scope > .numbered-list__heading > .numbered-list__text');
			return `${number?.textContent?.trim()} ${text?.textContent?.replace(/\s+/g, ' ').trim()}`;
		}),
	);
}

describe.each([
	{ language: 'Chinese', content: EXAMPLE_CONTENT, built: () => chinese, role: 'ka-director' },
	{ language: 'English', content: englishContent, built: () => english, role: 'field-engineer' },
])('$language role page and sheet', ({ built, role }) => {
	test('list duties and authorities in the same order under the same numbers (2.3 on paper is 2.3 on the page)', async () => {
		const rolePage = await open(built().server, `/roles/${role}/`);
		const sheetPage = await open(built().server, `/roles/${role}/confirm/`);
		try {
			for (const section of ['duties', 'authorities']) {
				const onPage = await numberedLines(rolePage, `#${section} :is(.numbered-list__item, .numbered-list__group)`);
				const onSheet = await numberedLines(sheetPage, `.sheet__section--${section} .numbered__item`);
				expect(onPage.length, section).toBeGreaterThan(1);
				expect(onPage, section).toEqual(onSheet);
			}
			// Each numbered line can be linked to: #duties-1, #authorities-2-3.
			expect(await rolePage.locator('#duties-1').count()).toBe(1);
			const anchors = await rolePage.locator('#authorities [id^="authorities-"]').evaluateAll((nodes) => nodes.filter((node) => /^authorities(-\d+)+$/.test(node.id)).length);
			expect(anchors).toBe((await numberedLines(rolePage, '#authorities :is(.numbered-list__item, .numbered-list__group)')).length);
		} finally {
			await rolePage.close();
			await sheetPage.close();
		}
	}, 60_000);
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

/** The page numbers printed at the foot of each page of a PDF, and whether the page opens a sheet (it has the form's fields). */
function printedPages(file: string): { number: number | undefined; total: boolean; opensSheet: boolean }[] {
	const { pages } = pdfInfo(file);
	return Array.from({ length: pages }, (_, index) => {
		const text = pdfText(file, index + 1);
		return { number: Number(/Page (\d+)/.exec(text)?.[1]) || undefined, total: /Page \d+ of \d+/.test(text), opensSheet: text.includes('Position') };
	});
}

describe('a department’s sheets printed from the browser', () => {
	test('each sheet numbers its own pages from 1, and the user chooses blank sheets, named copies or both', async () => {
		const page = await open(english.server, '/departments/support/confirm/');
		const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-department-print-'));
		try {
			await page.pdf({ path: path.join(dir, 'both.pdf'), preferCSSPageSize: true });
			const both = printedPages(path.join(dir, 'both.pdf'));
			const sheets = await page.locator('[data-sheet]').count();
			expect(both.filter((p) => p.opensSheet)).toHaveLength(sheets);
			both.forEach((printed, index) => {
				expect(printed.total, `page ${index + 1}`).toBe(false);
				expect(printed.number, `page ${index + 1}`).toBe(printed.opensSheet ? 1 : both[index - 1]!.number! + 1);
			});
			// The long records-clerk sheet runs over several pages, so numbering restarts after it.
			expect(Math.max(...both.map((p) => p.number ?? 0))).toBeGreaterThanOrEqual(3);

			await page.getByLabel('Named copies, one per holder').check();
			expect(await page.locator('[data-sheet="field-engineer"]').isVisible()).toBe(false);
			expect(await page.locator('[data-sheet="field-engineer--bob"]').isVisible()).toBe(true);
			await page.pdf({ path: path.join(dir, 'named.pdf'), preferCSSPageSize: true });
			const named = pdfText(path.join(dir, 'named.pdf'));
			expect(named).toContain('Bob Marsh');
			const namedPages = printedPages(path.join(dir, 'named.pdf'));
			expect(namedPages.map((p) => p.number)).toEqual(namedPages.map((_, index) => index + 1));

			await page.getByLabel('Blank sheets, one per role').check();
			expect(await page.locator('[data-sheet="field-engineer"]').isVisible()).toBe(true);
			expect(await page.locator('[data-sheet="field-engineer--bob"]').isVisible()).toBe(false);
			await page.pdf({ path: path.join(dir, 'blank.pdf'), preferCSSPageSize: true });
			const blank = printedPages(path.join(dir, 'blank.pdf'));
			expect(blank.filter((p) => p.opensSheet)).toHaveLength(sheets - 1);
			blank.forEach((printed, index) => expect(printed.number, `page ${index + 1}`).toBe(printed.opensSheet ? 1 : blank[index - 1]!.number! + 1));
			expect(pdfText(path.join(dir, 'blank.pdf'))).not.toContain('Bob Marsh');
		} finally {
			await page.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
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

	test('at 390 px the English sheet fits the screen; on paper its form keeps four columns', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		try {
			const page = await phone.newPage();
			await page.goto(pageUrl(english.server.url, '/roles/field-engineer/confirm/'));
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			await page.emulateMedia({ media: 'print' });
			// Printed, Position and Code stand side by side in one row, as on the paper form.
			const tops = await page.locator('.sheet__fields tr').first().locator('th').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
			expect(tops).toHaveLength(2);
			expect(tops[0]).toBe(tops[1]);
		} finally {
			await phone.close();
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
