import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** An origin that can never resolve: every request to it is answered from the built folder. */
export const SITE_ORIGIN = 'http://rolebook.invalid';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
};

/** The Content-Type a static host sends for a built file. */
export function contentTypeOf(file: string): string {
	return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Answers the browser context's requests from a built site folder, as a static host would
 * under `base`, without opening a port. Anything else (another origin, a missing file)
 * fails, so a PDF never depends on the network.
 */
export async function serveDist(context: BrowserContext, dist: string, base: string): Promise<void> {
	const root = path.resolve(dist);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== SITE_ORIGIN || !url.pathname.startsWith(prefix)) return route.abort('blockedbyclient');
		let file = path.resolve(root, `.${path.posix.normalize(`/${decodeURIComponent(url.pathname.slice(prefix.length))}`)}`);
		if (file !== root && !file.startsWith(root + path.sep)) return route.abort('accessdenied');
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
		return route.fulfill({ status: 200, path: file, contentType: contentTypeOf(file) });
	});
}

/** The URL of a page of the served site, from its path below `base` (`roles/x/confirm/`). */
export function siteUrl(base: string, pagePath: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${SITE_ORIGIN}${prefix}${pagePath.replace(/^\/+/, '')}`;
}
