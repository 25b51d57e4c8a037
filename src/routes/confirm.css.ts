import type { APIRoute } from 'astro';
import { sheetPageStyle } from '../confirm/page-style.ts';
import { getSiteContext } from '../site/context.ts';

/** The printed page of the confirmation sheets (A4, margins, "page N of M" in the site's language). */
export const GET: APIRoute = () => {
	const { organization, t } = getSiteContext();
	return new Response(sheetPageStyle(organization.site.locale, t), { headers: { 'Content-Type': 'text/css' } });
};
