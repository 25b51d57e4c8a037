import path from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { pageUrl } from './support/pages.ts';
import { serveBuiltSite, useChromium } from './support/served-site.ts';

// Every text field of this organisation carries script payloads (test/fixtures/injection).
// Served without the policy: the results must be inert on their own merits, not because a header blocks them.
const { server } = await serveBuiltSite(path.resolve(import.meta.dirname, '../fixtures/injection'));
const browser = useChromium();

test('search results show script payloads as text and run nothing', async () => {
	const page = await browser().newPage();
	const ran: string[] = [];
	page.on('dialog', async (dialog) => {
		ran.push(dialog.message());
		await dialog.dismiss();
	});
	await page.goto(pageUrl(server.url, '/roles/worker/'));
	await page.locator('input[type="search"]').first().fill('Duty');
	const results = page.locator('.site-search__results li');
	await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
	// Only the elements the results are built of: no element or handler from the content.
	const markup = await page.locator('.site-search__results').first().evaluate((list) =>
		[...list.querySelectorAll('*')].map((element) => `${element.localName}${[...element.attributes].filter((a) => /^on|^style$/.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => ` ${a.name}`).join('')}`),
	);
	expect(markup.filter((element) => !/^(li|a|p|span|mark|div|strong|em)$/.test(element))).toEqual([]);
	expect(await page.locator('.site-search__results').first().innerText()).toContain('<script>alert(1)</script>');
	await page.waitForTimeout(500);
	expect(ran).toEqual([]);
	expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
}, 60_000);
