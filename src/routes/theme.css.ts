import type { APIRoute } from 'astro';
import { getSiteContext } from '../site/context.ts';

/**
 * The accent colour as a stylesheet of its own, so pages need no inline style (and work
 * under a strict CSP). `:root:root` outranks the default in site.css, whatever the order.
 */
export const GET: APIRoute = () => {
	const accent = getSiteContext().organization.site.theme?.accent;
	return new Response(accent ? `:root:root { --accent: ${accent}; }\n` : '', { headers: { 'Content-Type': 'text/css' } });
};
