import type { APIRoute } from 'astro';
import { getSiteContext } from '../site/context.ts';
import { faviconIco } from '../site/favicon.ts';

/** For browsers and crawlers that ask for /favicon.ico whatever the page links to. */
export const GET: APIRoute = () => new Response(faviconIco(getSiteContext().organization.site.theme?.accent), { headers: { 'Content-Type': 'image/x-icon' } });
