import type { APIRoute } from 'astro';
import { getSiteContext } from '../site/context.ts';
import { faviconSvg } from '../site/favicon.ts';

/** The icon of a site without a logo: its first letter on the accent colour. */
export const GET: APIRoute = () => {
	const { site } = getSiteContext().organization;
	return new Response(faviconSvg(site.organization, site.theme?.accent), { headers: { 'Content-Type': 'image/svg+xml' } });
};
