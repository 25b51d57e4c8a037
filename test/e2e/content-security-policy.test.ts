import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { launchChromium } from './support/browser.ts';
import { buildSite } from './support/build-site.ts';
import { pagesToCheck, pageUrl } from './support/pages.ts';
import { serveStatic } from './support/static-server.ts';

// Served with the policy the README recommends: every page must work without a single violation.
const site = await buildSite();
const server = await serveStatic(site.dir, { base: site.base, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
const pages = pagesToCheck(site.dir);

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext();
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
	});
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await server.close();
	site.remove();
});

test('the build writes the policy for static hosts to read', () => {
	expect(readFileSync(path.join(site.dir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
});

test.each(pages)('%s works under a strict Content-Security-Policy', async (pagePath) => {
	const page = await context.newPage();
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
	});
	try {
		await page.goto(pageUrl(server.url, pagePath), { waitUntil: 'load' });
		// Exercise the enhancements that run script: search, where there is a box.
		const search = page.locator('input[type="search"]').first();
		if ((await search.count()) > 0 && (await search.isVisible())) {
			await search.fill('客户');
			await page.waitForTimeout(1500);
		}
		const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
		expect([...violations, ...refused]).toEqual([]);
	} finally {
		await page.close();
	}
}, 60_000);
