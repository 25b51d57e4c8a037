import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../e2e/support/browser.ts';
import { freePort } from '../../bench/dev-server.ts';
import { fixtureWith } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const content = fixtureWith();
const roleFile = path.join(content, 'roles', 'support-agent.yaml');
let server: ChildProcess;
let url = '';

/** The page's text once the dev server's answer satisfies `expected` (it reloads content on its own). */
async function pageShowing(pagePath: string, expected: string | RegExp | ((html: string) => boolean)): Promise<string> {
	const deadline = Date.now() + 30_000;
	let last = '';
	while (Date.now() < deadline) {
		try {
			last = await (await fetch(new URL(pagePath, url))).text();
			if (typeof expected === 'string' ? last.includes(expected) : typeof expected === 'function' ? expected(last) : expected.test(last)) return last;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${pagePath} never showed ${expected}; last answer:\n${last.slice(0, 2000)}`);
}

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

beforeAll(async () => {
	server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(await freePort()), '--host', '127.0.0.1'], {
		cwd: ROOT,
		// As a user starts it: not in the test runner's mode.
		env: { ...withoutTestRunner(process.env), CONTENT_DIR: content, NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	url = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
			if (found) {
				clearTimeout(timer);
				resolve(found[1]!);
			}
		};
		server.stdout!.on('data', read);
		server.stderr!.on('data', read);
	});
}, 90_000);

afterAll(() => {
	server?.kill();
});

test('npm run dev follows YAML edits, shows content errors with file and line, and clears them when fixed', async () => {
	await pageShowing('roles/support-agent/', 'Support Agent');

	writeFileSync(roleFile, readFileSync(roleFile, 'utf8').replace('title: Support Agent', 'title: Support Specialist'));
	await pageShowing('roles/support-agent/', 'Support Specialist');

	writeFileSync(roleFile, readFileSync(roleFile, 'utf8').replace('reports_to: support-lead', 'reports_to: support-led'));
	const broken = await pageShowing('roles/support-lead/', 'The content has errors');
	// The error names the file, line and column.
	expect(broken).toMatch(/support-agent\.yaml:3:13: error: unknown role &quot;support-led&quot;/);

	writeFileSync(roleFile, readFileSync(roleFile, 'utf8').replace('reports_to: support-led', 'reports_to: support-lead'));
	const fixed = await pageShowing('roles/support-agent/', (html) => !html.includes('The content has errors'));
	expect(fixed).toContain('Support Specialist');

	// A new role file is a new page, and its manager's page lists it.
	writeFileSync(path.join(content, 'roles', 'refund-clerk.yaml'), 'title: Refund Clerk\ndepartment: support\nreports_to: support-lead\nrevisions:\n  - { version: V1, date: 2025-01-10 }\nduties:\n  - Refund orders\n');
	await pageShowing('roles/refund-clerk/', 'Refund Clerk');
	await pageShowing('roles/support-lead/', 'Refund Clerk');
}, 120_000);

/** Types `query` into the header's search box as a reader would; resolves with the result titles shown (none if search failed). */
async function searchFor(page: Page, query: string): Promise<string[]> {
	const input = page.locator('[data-site-search] input[type="search"]');
	await input.fill('');
	await input.pressSequentially(query, { delay: 20 });
	await page.waitForFunction(
		(q) => {
			const list = document.querySelector<HTMLElement>('.site-search__results');
			return list?.getAttribute('aria-busy') === 'false' && (list.dataset['query'] === q || /unavailable/i.test(document.querySelector('.site-search__status')?.textContent ?? ''));
		},
		query,
		{ timeout: 30_000 },
	);
	return page.locator(`.site-search__results[data-query="${query}"] .site-search__title`).allTextContents();
}

test('search works in npm run dev, and follows content edits', async () => {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		// The index is built when the server starts; until it is there, a search says so.
		await expect
			.poll(
				async () => {
					await page.goto(new URL('roles/ceo/', url).href);
					return (await searchFor(page, 'Specialist')).length;
				},
				{ timeout: 60_000, interval: 1000 },
			)
			.toBeGreaterThan(0);
		expect(await searchFor(page, 'Specialist')).toContain('Support Specialist');
		expect(await page.locator('.site-search__status').textContent()).not.toMatch(/unavailable/i);

		writeFileSync(roleFile, readFileSync(roleFile, 'utf8').replace('title: Support Specialist', 'title: Refund Wrangler'));
		await pageShowing('roles/support-agent/', 'Refund Wrangler');
		await expect
			.poll(
				async () => {
					await page.reload();
					return searchFor(page, 'Wrangler');
				},
				{ timeout: 60_000, interval: 1000 },
			)
			.toContain('Refund Wrangler');
	} finally {
		await browser.close();
	}
}, 180_000);
