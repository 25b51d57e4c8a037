import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_SECURITY_POLICY } from '../site/content-security-policy.ts';
import { getSiteContext } from '../site/context.ts';

/** Pages whose name starts with `_` are private to Astro, so `_headers` is written through a parameter. */
export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

/** Response headers in the `_headers` format that static hosts such as Netlify and Cloudflare Pages read. */
export const GET: APIRoute = () =>
	new Response(`${getSiteContext().urls.home()}*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`, {
		headers: { 'Content-Type': 'text/plain' },
	});
