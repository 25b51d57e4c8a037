import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { pagesToCheck, pageUrl } from './support/pages.ts';
import { serveBuiltSite, useChromium } from './support/served-site.ts';

// Served with the policy the README recommends: every page must work without a single violation.
const site = await serveBuiltSite(undefined, { 'content-security-policy': CONTENT_SECURITY_POLICY });
const { server } = site;
const pages = pagesToCheck(site.dir);
const browser = useChromium();
let context: BrowserContext;

beforeAll(async () => {
	context = await browser().newContext();
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
	});
}, 60_000);

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
