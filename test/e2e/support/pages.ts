import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** The two widths every page is checked and photographed at: a laptop and a phone. */
export const VIEWPORTS = [
	{ name: 'desktop', width: 1280, height: 800, isMobile: false },
	{ name: 'mobile', width: 390, height: 844, isMobile: true },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];

/**
 * The pages worth checking in a built site. Single pages are listed by path; for each
 * collection the first `perCollection` ids (alphabetically) found in the output are taken.
 * Entries that the build did not produce are left out, so the list grows with the site.
 */
/** Always checked; a missing one fails its test. The richest role and department of the example are among them. */
export const SINGLE_PAGES = ['/', '/authorities/', '/roles/', '/departments/', '/org-chart/', '/workflows/', '/roles/ka-director/', '/departments/key-accounts/', '/search/', '/roles/ka-director/confirm/', '/departments/key-accounts/confirm/'];
export const COLLECTIONS = ['roles', 'departments', 'workflows'];

function hasIndex(dir: string): boolean {
	return existsSync(path.join(dir, 'index.html'));
}

/** Site-relative paths (always starting and ending with `/`) of the pages to check in `dir`. */
export function pagesToCheck(dir: string, perCollection = 3): string[] {
	const pages = [...SINGLE_PAGES];
	for (const collection of COLLECTIONS) {
		const collectionDir = path.join(dir, collection);
		if (!existsSync(collectionDir)) continue;
		const ids = readdirSync(collectionDir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && hasIndex(path.join(collectionDir, entry.name)))
			.map((entry) => entry.name)
			.sort()
			.slice(0, perCollection);
		pages.push(...ids.map((id) => `/${collection}/${id}/`));
	}
	return [...new Set(pages)];
}

/** `/` → `home`, `/roles/sales-rep/` → `roles-sales-rep`. */
export function pageSlug(pagePath: string): string {
	const slug = pagePath
		.split('/')
		.filter(Boolean)
		.map((part) => decodeURIComponent(part).replace(/[^\p{L}\p{N}._-]+/gu, '_'))
		.join('-');
	return slug || 'home';
}

/** The absolute URL of a site-relative path on a server whose `url` ends with the base. */
export function pageUrl(serverUrl: string, pagePath: string): string {
	return new URL(pagePath.replace(/^\/+/, ''), serverUrl).href;
}

/** A browser context the size of `viewport`; `options` add to it (e.g. `bypassCSP`). */
export function newContext(browser: Browser, viewport: Viewport, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	return browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.isMobile,
		hasTouch: viewport.isMobile,
		deviceScaleFactor: 1,
		reducedMotion: 'reduce',
		...options,
	});
}

/** Waits for web fonts, then writes a full-page PNG `<slug>-<width>.png` into `outDir`; returns its path. */
export async function saveScreenshot(page: Page, outDir: string, pagePath: string, width: number): Promise<string> {
	mkdirSync(outDir, { recursive: true });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const file = path.join(outDir, `${pageSlug(pagePath)}-${width}.png`);
	await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
	return file;
}
