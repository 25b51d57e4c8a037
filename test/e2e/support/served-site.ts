import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Builds a content folder as a user would and serves it; both are removed after the test file. */
export async function serveBuiltSite(contentDir?: string, headers?: Record<string, string>): Promise<BuiltSite & { server: StaticServer }> {
	const site = await buildSite(contentDir);
	const server = await serveStatic(site.dir, { base: site.base, ...(headers ? { headers } : {}) });
	afterAll(async () => {
		await server.close();
		site.remove();
	});
	return { ...site, server };
}

/** One Chromium for the test file, launched before its tests and closed after them. */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser!;
}
