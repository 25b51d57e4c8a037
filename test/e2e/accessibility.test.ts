import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe.ts';
import { newContext, pagesToCheck, pageUrl, saveScreenshot, VIEWPORTS } from './support/pages.ts';
import { serveBuiltSite, useChromium } from './support/served-site.ts';

/** Full-page PNGs of every checked page at every width, for humans to look at (git-ignored). */
const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');

// Built at collection time so that each page found in the output becomes its own test.
const site = await serveBuiltSite();
const { server } = site;
const pages = pagesToCheck(site.dir);
const browser = useChromium();

test('the example organisation builds to pages to check', () => {
	expect(pages).toContain('/');
});

describe.each(VIEWPORTS)('at $width px ($name)', (viewport) => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await newContext(browser(), viewport);
	}, 30_000);

	afterAll(async () => {
		await context?.close();
	});

	test.each(pages)('%s loads cleanly and has no serious or critical axe violations', async (pagePath) => {
		const page = await context.newPage();
		const broken: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) broken.push(`${response.status()} ${response.url()}`);
		});
		page.on('requestfailed', (request) => broken.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
		page.on('pageerror', (error) => broken.push(`uncaught ${error.name}: ${error.message}`));
		try {
			const response = await page.goto(pageUrl(server.url, pagePath), { waitUntil: 'load' });
			expect(response?.status(), `GET ${pagePath}`).toBe(200);
			await saveScreenshot(page, SCREENSHOTS, pagePath, viewport.width);
			const violations = await seriousViolations(page);
			expect(violations, formatViolations(violations, `${pagePath} at ${viewport.width}px`)).toEqual([]);
			expect(broken, `${pagePath}: failed requests or script errors`).toEqual([]);
		} finally {
			await page.close();
		}
	}, 60_000);
});
